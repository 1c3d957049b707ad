"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { HoneypotField, TextField } from "@/components/forms/field";
import { usePublicForm, type PublicAction } from "@/components/forms/use-public-form";
import { FormErrorSummary } from "@/components/signup/form-error-summary";
import { requestPasswordResetInput, RESET_REQUESTED_MESSAGE } from "@/lib/users/schema";

/**
 * "Glemt adgangskode?": the address only. Whatever the address, a sent request gets the same answer
 * (RESET_REQUESTED_MESSAGE), so the page never tells whether an account exists. Posts without
 * JavaScript too (the action is the form's `action`).
 */
export function ForgotPasswordForm({ action }: { action: PublicAction }) {
  const form = useForm({ shouldFocusError: false, resolver: zodResolver(requestPasswordResetInput), defaultValues: { email: "" } });
  const { state, pending, formAction, onSubmit, formRef } = usePublicForm(form, action);
  const errors = form.formState.errors;
  const answerRef = useRef<HTMLDivElement>(null);
  const sent = state?.ok === true;
  // The form is gone once sent: focus goes to the answer, so keyboards and screen readers land on it.
  useEffect(() => {
    if (sent) answerRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div ref={answerRef} tabIndex={-1} className="space-y-6 outline-none">
        <FormAlert kind="success">{RESET_REQUESTED_MESSAGE}</FormAlert>
        <p>
          <Link prefetch={false} href="/login">
            Tilbage til log ind
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormErrorSummary state={state} />
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        hint="Den adresse, du logger ind med."
        error={errors.email?.message}
        {...form.register("email")}
      />
      <HoneypotField />
      <Button type="submit" disabled={pending}>
        {pending ? "Sender …" : "Send link"}
      </Button>
    </form>
  );
}
