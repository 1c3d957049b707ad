"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { zodResolver } from "@hookform/resolvers/zod";
import { decisionsInput, type DecisionsInput } from "@/lib/groups/schema";
import { updateGroupDecisions } from "@/lib/groups/actions";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, SelectField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { GENERIC_ERROR } from "@/lib/action-result";
import { cadenceOptions, weekdayOptions } from "./admin-options";
import { applyServerFieldErrors, errorText } from "./admin-form-helpers";

export type DecisionDefaults = { cadence: string; weekday: string; startTime: string; openForNewcomers: boolean; plannedEndDate: string };

/** The group's own decisions: rhythm, openness to newcomers and a planned end date. */
export function AdminDecisionsForm({ groupId, defaults }: { groupId: string; defaults: DecisionDefaults }) {
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof decisionsInput>, unknown, DecisionsInput>({ resolver: zodResolver(decisionsInput), defaultValues: defaults as z.input<typeof decisionsInput> });

  async function onSubmit(values: DecisionsInput) {
    setMessage(null);
    try {
      const result = await updateGroupDecisions(groupId, values);
      if (result.ok) setMessage({ kind: "success", text: "Gruppens aftaler er gemt og vises nu på den offentlige side." });
      else {
        if (!applyServerFieldErrors(result.fieldErrors, setError)) setMessage({ kind: "error", text: result.message });
      }
    } catch {
      setMessage({ kind: "error", text: GENERIC_ERROR });
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      {message ? <FormAlert kind={message.kind}>{message.text}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Hvor ofte" id="beslutning-cadence" required options={cadenceOptions} {...register("cadence")} error={errorText(errors.cadence)} />
        <SelectField label="Ugedag" id="beslutning-weekday" options={weekdayOptions} placeholder="Ikke fastlagt" {...register("weekday")} error={errorText(errors.weekday)} />
        <TextField label="Starttidspunkt" id="beslutning-startTime" type="time" {...register("startTime")} error={errorText(errors.startTime)} />
      </div>
      <CheckboxField label="Åben for nye deltagere" id="beslutning-open" {...register("openForNewcomers")} error={errorText(errors.openForNewcomers)} />
      <TextField label="Planlagt slutdato" id="beslutning-end" type="date" {...register("plannedEndDate")} error={errorText(errors.plannedEndDate)} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        Gem gruppens aftaler
      </Button>
    </form>
  );
}
