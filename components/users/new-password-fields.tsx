"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/forms/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/schema";

type Props = {
  labels: { password: string; confirm: string };
  password: UseFormRegisterReturn;
  confirm: UseFormRegisterReturn;
  errors: { password?: string; confirm?: string };
};

/** Choosing a password (from an invitation or on the account page): the password, the same advice, and a repeat. */
export function NewPasswordFields({ labels, password, confirm, errors }: Props) {
  return (
    <>
      <TextField
        label={labels.password}
        type="password"
        autoComplete="new-password"
        required
        hint={`Mindst ${PASSWORD_MIN_LENGTH} tegn. En sætning af flere ord er let at huske og svær at gætte.`}
        error={errors.password}
        {...password}
      />
      <TextField label={labels.confirm} type="password" autoComplete="new-password" required error={errors.confirm} {...confirm} />
    </>
  );
}
