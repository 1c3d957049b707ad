"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "@/lib/validation/zod";
import { Button } from "@/components/forms/buttons";
import { SelectField, TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { recordIntakeAction } from "@/lib/applications/actions";
import { intakeInput } from "@/lib/applications/schema";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = z.input<typeof intakeInput>;

/** Records that the intake conversation took place: when, and by whom (the signed-in coordinator by default). */
export function IntakeForm(props: { applicationId: string; today: string; currentUserId: string; users: { id: string; name: string }[] }) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof intakeInput>>({
    resolver: zodResolver(intakeInput),
    defaultValues: { applicationId: props.applicationId, heldOn: props.today, byUserId: props.currentUserId },
  });
  const { message, submit } = useActionForm(form);
  const { register, getValues, formState } = form;
  const onSubmit = submit(
    () => recordIntakeAction(getValues()),
    () => router.refresh(),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Registrér forsamtale">
      <MessageAlert message={message} />
      <input type="hidden" {...register("applicationId")} />
      <TextField
        id="forsamtale-dato"
        type="date"
        label="Dato for forsamtalen"
        required
        error={formState.errors.heldOn?.message}
        {...register("heldOn")}
      />
      <SelectField
        id="forsamtale-holdt-af"
        label="Holdt af"
        required
        options={props.users.map((u) => ({ value: u.id, label: u.name }))}
        error={formState.errors.byUserId?.message}
        {...register("byUserId")}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        Registrér forsamtale
      </Button>
    </form>
  );
}
