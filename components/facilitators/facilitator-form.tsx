"use client";
import { useForm } from "react-hook-form";
import type { z } from "@/lib/validation/zod";
import { zodResolver } from "@hookform/resolvers/zod";
import { facilitatorInput, type FacilitatorInput } from "@/lib/facilitators/schema";
import { updateFacilitator } from "@/lib/facilitators/actions";
import { Button } from "@/components/forms/buttons";
import { CheckboxField, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { errorText, useActionForm } from "@/components/forms/use-action-form";

type Values = z.input<typeof facilitatorInput>;

export function FacilitatorForm({
  facilitatorId,
  defaults,
}: {
  facilitatorId: string;
  defaults: { courseCompletedAt: string; active: boolean; phone: string };
}) {
  const form = useForm<Values, unknown, FacilitatorInput>({ resolver: zodResolver(facilitatorInput), defaultValues: defaults });
  const { message, submit } = useActionForm(form);
  const {
    register,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(
    () => updateFacilitator({ facilitatorId, ...getValues() }),
    () => "Oplysningerne er gemt.",
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <MessageAlert message={message} />
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
