"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { SelectField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { inviteUser } from "@/lib/users/actions";
import { INVITE_VALID_HOURS, inviteUserInput, roleLabel, ROLES, type InviteUserInput } from "@/lib/users/schema";
import { applyServerErrors } from "./use-server-errors";

const roleOptions = ROLES.map((role) => ({ value: role, label: roleLabel[role] }));

export function InviteUserForm() {
  const [status, setStatus] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<InviteUserInput>({ resolver: zodResolver(inviteUserInput), defaultValues: { role: "FACILITATOR" } });
  const role = useWatch({ control, name: "role" });

  async function onSubmit(values: InviteUserInput) {
    setStatus(null);
    const result = await inviteUser(values);
    if (result.ok) {
      reset({ name: "", email: "", role: values.role, courseCompletedAt: "" });
      setStatus({ kind: "success", text: `Invitationen er sendt til ${values.email}. Linket virker i ${INVITE_VALID_HOURS} timer.` });
      return;
    }
    if (!applyServerErrors(setError, result.fieldErrors)) setStatus({ kind: "error", text: result.message });
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-md space-y-5">
      {status ? <FormAlert kind={status.kind}>{status.text}</FormAlert> : null}
      <TextField label="Navn" autoComplete="off" required error={errors.name?.message} {...register("name")} />
      <TextField label="Email" type="email" autoComplete="off" required error={errors.email?.message} {...register("email")} />
      <SelectField label="Rolle" required options={roleOptions} error={errors.role?.message} {...register("role")} />
      {role === "FACILITATOR" ? (
        <TextField
          label="Igangsætterkursus gennemført"
          type="date"
          hint="Kun igangsættere med gennemført kursus kan sættes på en gruppe. Kan også udfyldes senere."
          error={errors.courseCompletedAt?.message}
          {...register("courseCompletedAt")}
        />
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        Send invitation
      </Button>
    </form>
  );
}
