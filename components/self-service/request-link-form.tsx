"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { HoneypotField, TextField } from "@/components/forms/field";
import { usePublicForm } from "@/components/forms/use-public-form";
import { FormErrorSummary } from "@/components/signup/form-error-summary";
import { requestSignInLink } from "@/lib/self-service/actions";
import { requestLinkInput } from "@/lib/self-service/schema";

/** Asks for a sign-in link. Posts without JavaScript too; the answer is the same for every address. */
export function RequestLinkForm() {
  const form = useForm({ shouldFocusError: false, resolver: zodResolver(requestLinkInput), defaultValues: { email: "" } });
  const { state, pending, formAction, onSubmit, formRef } = usePublicForm(form, requestSignInLink);
  const errors = form.formState.errors;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormErrorSummary state={state} />
      <TextField
        label="Din email"
        type="email"
        autoComplete="email"
        required
        hint="Den adresse, du bruger hos os."
        {...form.register("email")}
        error={errors.email?.message}
      />
      <HoneypotField />
      <Button type="submit" disabled={pending}>
        {pending ? "Sender …" : "Send mig et link"}
      </Button>
    </form>
  );
}
