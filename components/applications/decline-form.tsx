"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, SelectField } from "@/components/forms/field";
import type { ActionResult } from "@/lib/command/result";
import { DECLINE_REASONS, declineReasonLabel } from "@/lib/applications/labels";
import { declineInput, type DeclineInput } from "@/lib/applications/schema";
import { applyServerErrors } from "@/components/forms/use-action-form";
import type { z } from "@/lib/validation/zod";

type Values = z.input<typeof declineInput>;

/**
 * Decline with a reason from the fixed list (no free text); the reason is never shown to the applicant.
 * When the applicant has a membership awaiting payment, the form offers to close it in the same step
 * (`pendingMembership`, from lib/applications/rules.ts pendingMembershipOnDecline: ticked when nothing
 * else keeps it open).
 */
export function DeclineForm({
  applicationId,
  disabled,
  pendingMembership = "NONE",
  onAttempt,
  onDecline,
}: {
  applicationId: string;
  disabled: boolean;
  pendingMembership?: "NONE" | "OFFER" | "SUGGEST";
  /** Called on every submit, before the fields are checked: the panel clears its last message. */
  onAttempt?: () => void;
  onDecline: (input: DeclineInput) => Promise<ActionResult>;
}) {
  const { register, handleSubmit, setError, formState } = useForm<Values, unknown, DeclineInput>({
    resolver: zodResolver(declineInput),
    defaultValues: { applicationId, reason: undefined, closeMembership: pendingMembership === "SUGGEST" },
  });

  const decline = handleSubmit(async (values) => {
    const result = await onDecline(values);
    if (!result.ok) applyServerErrors(result.fieldErrors, setError);
  });
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    onAttempt?.();
    return decline(event);
  };

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
      {pendingMembership !== "NONE" ? (
        <CheckboxField
          id="afslag-luk-medlemskab"
          label="Luk også medlemskabet, der afventer betaling"
          hint={
            pendingMembership === "SUGGEST"
              ? "Ansøgeren blev medlem med denne ansøgning og har ingen andre åbne ansøgninger eller grupper."
              : "Ansøgeren har andre åbne ansøgninger, går i en gruppe eller har været medlem før – overvej, om medlemskabet skal blive."
          }
          {...register("closeMembership")}
        />
      ) : null}
      <Button type="submit" variant="danger" disabled={disabled || formState.isSubmitting}>
        Afslå ansøgningen
      </Button>
    </form>
  );
}
