"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { changeOwnPassword } from "@/lib/users/actions";
import { changePasswordInput, type ChangePasswordInput } from "@/lib/users/schema";
import { useActionForm } from "@/components/forms/use-action-form";
import { NewPasswordFields } from "./new-password-fields";

export function ChangePasswordForm() {
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordInput) });
  const { message, submit } = useActionForm(form);
  const {
    register,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(changeOwnPassword, () => {
    reset();
    return "Din adgangskode er skiftet.";
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-5">
      <MessageAlert message={message} />
      <TextField
        label="Nuværende adgangskode"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <NewPasswordFields
        labels={{ password: "Ny adgangskode", confirm: "Gentag ny adgangskode" }}
        password={register("newPassword")}
        confirm={register("confirmPassword")}
        errors={{ password: errors.newPassword?.message, confirm: errors.confirmPassword?.message }}
      />
      <Button type="submit" disabled={isSubmitting}>
        Skift adgangskode
      </Button>
    </form>
  );
}
