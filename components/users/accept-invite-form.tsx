"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { acceptInvite } from "@/lib/users/actions";
import { acceptInviteInput, PASSWORD_MIN_LENGTH, type AcceptInviteInput } from "@/lib/users/schema";
import { applyServerErrors } from "./use-server-errors";

export function AcceptInviteForm({ token }: { token: string }) {
  const [error, setErrorMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AcceptInviteInput>({ resolver: zodResolver(acceptInviteInput), defaultValues: { token } });

  async function onSubmit(values: AcceptInviteInput) {
    setErrorMessage(null);
    // On success the action redirects to the login page.
    const result = await acceptInvite(values);
    if (result && !result.ok && !applyServerErrors(setError, result.fieldErrors)) setErrorMessage(result.message);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {error ? <FormAlert kind="error">{error}</FormAlert> : null}
      <input type="hidden" {...register("token")} />
      <TextField
        label="Vælg adgangskode"
        type="password"
        autoComplete="new-password"
        required
        hint={`Mindst ${PASSWORD_MIN_LENGTH} tegn. En sætning af flere ord er let at huske og svær at gætte.`}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        label="Gentag adgangskode"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword?.message ?? errors.token?.message}
        {...register("confirmPassword")}
      />
      <Button type="submit" disabled={isSubmitting}>
        Gem adgangskode
      </Button>
    </form>
  );
}
