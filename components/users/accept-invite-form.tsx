"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { MessageAlert } from "@/components/forms/form-alert";
import { acceptInvite } from "@/lib/users/actions";
import { acceptInviteInput, type AcceptInviteInput } from "@/lib/users/schema";
import { useActionForm } from "@/components/forms/use-action-form";
import { NewPasswordFields } from "./new-password-fields";

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
      <MessageAlert message={message} />
      <input type="hidden" {...register("token")} />
      <NewPasswordFields
        labels={{ password: "Vælg adgangskode", confirm: "Gentag adgangskode" }}
        password={register("newPassword")}
        confirm={register("confirmPassword")}
        // A broken or used invitation link is reported under the last field.
        errors={{ password: errors.newPassword?.message, confirm: errors.confirmPassword?.message ?? errors.token?.message }}
      />
      <Button type="submit" disabled={isSubmitting}>
        Gem adgangskode
      </Button>
    </form>
  );
}
