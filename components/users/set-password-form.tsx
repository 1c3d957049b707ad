"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { FormAlert, MessageAlert } from "@/components/forms/form-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvite, resetPassword } from "@/lib/users/actions";
import { acceptInviteInput, type AcceptInviteInput } from "@/lib/users/schema";
import { LoginForm } from "./login-form";
import { NewPasswordFields } from "./new-password-fields";

type Props = {
  token: string;
  /** Which page the link opened: an invitation, or a reset / administrator's set-password link. */
  kind: "invite" | "reset";
  heading: string;
  intro: ReactNode;
};

const actions = { invite: acceptInvite, reset: resetPassword };

/**
 * Choosing a password from a one-time link. Once it is saved this becomes the sign-in page: the address
 * bar says /login (the used link leaves the history), and the form has the account's address filled in.
 */
export function SetPasswordForm({ token, kind, heading, intro }: Props) {
  const [signInEmail, setSignInEmail] = useState<string | null>(null);
  const form = useForm<AcceptInviteInput>({ resolver: zodResolver(acceptInviteInput), defaultValues: { token } });
  const { message, submit } = useActionForm(form);
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const onSubmit = submit(actions[kind], (result) => {
    setSignInEmail(result.data.email);
  });

  useEffect(() => {
    if (!signInEmail) return;
    window.history.replaceState(null, "", "/login");
    // The page's title ends with the organisation's name (app/layout.tsx): keep that, say "Log ind" before it.
    const suffix = document.title.split(" · ").slice(1).join(" · ");
    document.title = suffix ? `Log ind · ${suffix}` : "Log ind";
  }, [signInEmail]);

  if (signInEmail) {
    return (
      <>
        <h1 className="text-3xl font-semibold">Log ind</h1>
        <FormAlert kind="success">Din adgangskode er gemt. Log ind med den nye adgangskode.</FormAlert>
        <LoginForm defaultEmail={signInEmail} />
      </>
    );
  }

  return (
    <>
      <h1 className="text-3xl font-semibold">{heading}</h1>
      {intro}
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <MessageAlert message={message} />
        <input type="hidden" {...register("token")} />
        <NewPasswordFields
          labels={{ password: "Vælg adgangskode", confirm: "Gentag adgangskode" }}
          password={register("newPassword")}
          confirm={register("confirmPassword")}
          // A broken or used link is reported under the last field.
          errors={{ password: errors.newPassword?.message, confirm: errors.confirmPassword?.message ?? errors.token?.message }}
        />
        <Button type="submit" disabled={isSubmitting}>
          Gem adgangskode
        </Button>
      </form>
    </>
  );
}
