"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { changeOwnPassword } from "@/lib/users/actions";
import { changePasswordInput, PASSWORD_MIN_LENGTH, type ChangePasswordInput } from "@/lib/users/schema";
import { applyServerErrors } from "./use-server-errors";

export function ChangePasswordForm() {
  const [status, setStatus] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordInput) });

  async function onSubmit(values: ChangePasswordInput) {
    setStatus(null);
    const result = await changeOwnPassword(values);
    if (result.ok) {
      reset();
      setStatus({ kind: "success", text: "Din adgangskode er skiftet." });
      return;
    }
    if (!applyServerErrors(setError, result.fieldErrors)) setStatus({ kind: "error", text: result.message });
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-md space-y-5">
      {status ? <FormAlert kind={status.kind}>{status.text}</FormAlert> : null}
      <TextField
        label="Nuværende adgangskode"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        label="Ny adgangskode"
        type="password"
        autoComplete="new-password"
        required
        hint={`Mindst ${PASSWORD_MIN_LENGTH} tegn. En sætning af flere ord er let at huske og svær at gætte.`}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        label="Gentag ny adgangskode"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <Button type="submit" disabled={isSubmitting}>
        Skift adgangskode
      </Button>
    </form>
  );
}
