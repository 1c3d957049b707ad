"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/forms/buttons";
import { SelectField } from "@/components/forms/field";
import type { ActionResult } from "@/lib/command/result";
import { DECLINE_REASONS, declineReasonLabel } from "@/lib/applications/labels";
import { declineInput, type DeclineInput } from "@/lib/applications/schema";
import { applyServerErrors } from "@/components/forms/use-action-form";

/** Decline with a reason from the fixed list (no free text); the reason is never shown to the applicant. */
export function DeclineForm({
  applicationId,
  disabled,
  onDecline,
}: {
  applicationId: string;
  disabled: boolean;
  onDecline: (input: DeclineInput) => Promise<ActionResult>;
}) {
  const { register, handleSubmit, setError, formState } = useForm<DeclineInput>({
    resolver: zodResolver(declineInput),
    defaultValues: { applicationId, reason: undefined },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await onDecline(values);
    if (!result.ok) applyServerErrors(result.fieldErrors, setError);
  });

  return (
    <form className="space-y-3" aria-label="Afslå ansøgningen" noValidate onSubmit={onSubmit}>
      <input type="hidden" {...register("applicationId")} />
      <SelectField
        id="afslag-begrundelse"
        label="Begrundelse for afslag"
        hint="Begrundelsen vises ikke for ansøgeren."
        required
        placeholder="Vælg en begrundelse"
        options={DECLINE_REASONS.map((r) => ({ value: r, label: declineReasonLabel[r] }))}
        error={formState.errors.reason?.message}
        {...register("reason")}
      />
      <Button type="submit" variant="danger" disabled={disabled || formState.isSubmitting}>
        Afslå ansøgningen
      </Button>
    </form>
  );
}
