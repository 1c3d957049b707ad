"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { loginErrorMessage, loginInput, safeCallbackPath, type LoginInput } from "@/lib/auth/schema";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string | null }) {
  const [error, setError] = useState<string | null>(initialError ?? null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginInput) });

  async function onSubmit(values: LoginInput) {
    setError(null);
    const result = await signIn("credentials", { redirect: false, email: values.email, password: values.password });
    if (!result || result.error || !result.ok) {
      setError(loginErrorMessage(result?.error ?? "other"));
      return;
    }
    // A full navigation, so every server component renders with the new session cookie.
    window.location.assign(safeCallbackPath(callbackUrl, window.location.origin));
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {error ? <FormAlert kind="error">{error}</FormAlert> : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        required
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        label="Adgangskode"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password?.message}
        {...register("password")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Logger ind …" : "Log ind"}
      </Button>
    </form>
  );
}
