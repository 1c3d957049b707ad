"use client";
import { useForm } from "react-hook-form";
import type { z } from "@/lib/validation/zod";
import { zodResolver } from "@hookform/resolvers/zod";
import { readinessInput, type ReadinessInput } from "@/lib/groups/schema";
import { updateGroupReadiness } from "@/lib/groups/actions";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, SelectField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { errorText, useActionForm } from "@/components/forms/use-action-form";

type Props = {
  groupId: string;
  defaults: { rhythmAgreed: boolean; groundRulesAgreed: boolean; contactParticipationId: string };
  /** The group's active participants, as the viewer may see them (first names for facilitators). */
  participants: { id: string; name: string }[];
};

export function AdminReadinessForm({ groupId, defaults, participants }: Props) {
  const form = useForm<z.input<typeof readinessInput>, unknown, ReadinessInput>({
    resolver: zodResolver(readinessInput),
    defaultValues: defaults as z.input<typeof readinessInput>,
  });
  const { message, submit } = useActionForm(form);
  const {
    register,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(
    () => updateGroupReadiness({ groupId, ...getValues() }),
    () => "Parathedstjekket er gemt.",
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <MessageAlert message={message} />
      <CheckboxField label="Gruppen har aftalt, hvor ofte den mødes" {...register("rhythmAgreed")} error={errorText(errors.rhythmAgreed)} />
      <CheckboxField
        label="Gruppen har aftalt sine spilleregler, herunder tavshedspligten"
        {...register("groundRulesAgreed")}
        error={errorText(errors.groundRulesAgreed)}
      />
      <SelectField
        label="Kontaktperson"
        hint="En af gruppens deltagere, som kan kontaktes, når igangsætterne har trukket sig."
        placeholder="Ingen valgt"
        options={participants.map((p) => ({ value: p.id, label: p.name }))}
        {...register("contactParticipationId")}
        error={errorText(errors.contactParticipationId)}
      />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        Gem parathedstjek
      </Button>
    </form>
  );
}
