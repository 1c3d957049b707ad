"use client";
import { useForm } from "react-hook-form";
import type { z } from "@/lib/validation/zod";
import { zodResolver } from "@hookform/resolvers/zod";
import { decisionsInput, type DecisionsInput } from "@/lib/groups/schema";
import { updateGroupDecisions } from "@/lib/groups/actions";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, SelectField, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { errorText, useActionForm } from "@/components/forms/use-action-form";
import { cadenceOptions, weekdayOptions } from "./admin-options";

export type DecisionDefaults = { cadence: string; weekday: string; startTime: string; openForNewcomers: boolean; plannedEndDate: string };

/** The group's own decisions: rhythm, openness to newcomers and a planned end date. */
export function AdminDecisionsForm({ groupId, defaults }: { groupId: string; defaults: DecisionDefaults }) {
  const form = useForm<z.input<typeof decisionsInput>, unknown, DecisionsInput>({
    resolver: zodResolver(decisionsInput),
    defaultValues: defaults as z.input<typeof decisionsInput>,
  });
  const { message, submit } = useActionForm(form);
  const {
    register,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(
    () => updateGroupDecisions({ groupId, ...getValues() }),
    () => "Gruppens aftaler er gemt og vises nu på den offentlige side.",
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <MessageAlert message={message} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label="Hvor ofte"
          id="beslutning-cadence"
          required
          options={cadenceOptions}
          {...register("cadence")}
          error={errorText(errors.cadence)}
        />
        <SelectField
          label="Ugedag"
          id="beslutning-weekday"
          options={weekdayOptions}
          placeholder="Ikke fastlagt"
          {...register("weekday")}
          error={errorText(errors.weekday)}
        />
        <TextField label="Starttidspunkt" id="beslutning-startTime" type="time" {...register("startTime")} error={errorText(errors.startTime)} />
      </div>
      <CheckboxField
        label="Åben for nye deltagere"
        id="beslutning-open"
        {...register("openForNewcomers")}
        error={errorText(errors.openForNewcomers)}
      />
      <TextField label="Planlagt slutdato" id="beslutning-end" type="date" {...register("plannedEndDate")} error={errorText(errors.plannedEndDate)} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        Gem gruppens aftaler
      </Button>
    </form>
  );
}
