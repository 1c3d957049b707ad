"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { zodResolver } from "@hookform/resolvers/zod";
import { facilitatorInput, type FacilitatorInput } from "@/lib/facilitators/schema";
import { updateFacilitator } from "@/lib/facilitators/actions";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { GENERIC_ERROR } from "@/lib/action-result";
import { applyServerFieldErrors, errorText } from "@/components/groups/admin-form-helpers";

type Values = z.input<typeof facilitatorInput>;

export function FacilitatorForm({ facilitatorId, defaults }: { facilitatorId: string; defaults: { courseCompletedAt: string; active: boolean; phone: string } }) {
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, FacilitatorInput>({ resolver: zodResolver(facilitatorInput), defaultValues: defaults });

  async function onSubmit(values: FacilitatorInput) {
    setMessage(null);
    try {
      const result = await updateFacilitator(facilitatorId, values);
      if (result.ok) setMessage({ kind: "success", text: "Oplysningerne er gemt." });
      else {
        if (!applyServerFieldErrors(result.fieldErrors, setError)) setMessage({ kind: "error", text: result.message });
      }
    } catch {
      setMessage({ kind: "error", text: GENERIC_ERROR });
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-md space-y-4">
      {message ? <FormAlert kind={message.kind}>{message.text}</FormAlert> : null}
      <TextField
        label="Igangsætterkursus gennemført"
        type="date"
        hint="Uden en dato kan igangsætteren ikke tildeles grupper."
        {...register("courseCompletedAt")}
        error={errorText(errors.courseCompletedAt)}
      />
      <TextField label="Telefon" type="tel" autoComplete="off" {...register("phone")} error={errorText(errors.phone)} />
      <CheckboxField label="Aktiv igangsætter" {...register("active")} error={errorText(errors.active)} />
      <Button type="submit" disabled={isSubmitting}>
        Gem
      </Button>
    </form>
  );
}
