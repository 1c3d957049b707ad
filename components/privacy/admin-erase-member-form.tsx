"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { eraseMemberAction } from "@/lib/privacy/actions";
import { eraseMemberInput, type EraseMemberValues } from "@/lib/privacy/schema";

/** Erasure on the member's request. The coordinator types the member's name to confirm. */
export function AdminEraseMemberForm({ memberId, memberName }: { memberId: string; memberName: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<EraseMemberValues>({ resolver: zodResolver(eraseMemberInput), defaultValues: { memberId, confirmName: "" } });
  const error = form.formState.errors.confirmName?.message;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setMessage(null);
      const result = await eraseMemberAction(values);
      // On success the action redirects to the members list.
      if (result.ok) return;
      // A field error is shown (and focused) at the field; a general alert would take the focus from it.
      const fieldError = result.fieldErrors?.confirmName?.[0];
      if (fieldError) form.setError("confirmName", { message: fieldError }, { shouldFocus: true });
      else setMessage(result.message);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {message ? <FormAlert kind="error">{message}</FormAlert> : null}
      <input type="hidden" {...form.register("memberId")} />
      <TextField
        {...form.register("confirmName")}
        id="bekraeft-navn"
        label={`Skriv medlemmets navn (${memberName}) for at bekræfte`}
        autoComplete="off"
        required
        error={error}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Sletter …" : "Slet medlemmet for altid"}
      </Button>
    </form>
  );
}
