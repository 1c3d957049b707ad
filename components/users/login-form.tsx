"use client";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { signInWithPassword, type LoginState } from "@/app/login/actions";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { loginInput } from "@/lib/auth/schema";

type FieldErrors = { email?: string; password?: string };

/**
 * Posts to a server action: without JavaScript the browser sends a POST form (never a GET, so the
 * password is never in a URL), with it the same action runs without a reload. The fields are checked
 * in the browser first; the server checks them again.
 */
type Props = {
  callbackUrl?: string;
  initialError?: string | null;
  /** The address filled in (after a password was set from a link): focus then starts in the password field. */
  defaultEmail?: string;
};

export function LoginForm({ callbackUrl, initialError, defaultEmail }: Props) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(signInWithPassword, { error: initialError ?? null });
  // Controlled, so the address stays in the field after a wrong password (React resets the form).
  const [email, setEmail] = useState(defaultEmail ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (defaultEmail) passwordRef.current?.focus();
  }, [defaultEmail]);

  function validate(event: FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const parsed = loginInput.safeParse({ email: form.get("email"), password: form.get("password") });
    if (parsed.success) {
      setErrors({});
      return;
    }
    event.preventDefault();
    const found: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "email" || field === "password") && !found[field]) found[field] = issue.message;
    }
    setErrors(found);
    (found.email ? emailRef : passwordRef).current?.focus();
  }

  return (
    <form action={formAction} onSubmit={validate} noValidate className="space-y-5">
      {state.error ? <FormAlert kind="error">{state.error}</FormAlert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <TextField
        ref={emailRef}
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
      <TextField
        ref={passwordRef}
        label="Adgangskode"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={200}
        error={errors.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Logger ind …" : "Log ind"}
      </Button>
    </form>
  );
}
