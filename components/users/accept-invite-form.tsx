"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { acceptInvite } from "@/lib/users/actions";
import { acceptInviteInput, PASSWORD_MIN_LENGTH, type AcceptInviteInput } from "@/lib/users/schema";
import { useActionForm } from "@/components/forms/use-action-form";

export function AcceptInviteForm({ token }: { token: string }) {
  const form = useForm<AcceptInviteInput>({ resolver: zodResolver(acceptInviteInput), defaultValues: { token } });
  const { message, submit } = useActionForm(form);
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  // On success the action redirects to the login page.
  const onSubmit = submit(acceptInvite);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {message ? <FormAlert kind={message.kind}>{message.text}</FormAlert> : null}
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
