"use client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/action-result";

/**
 * Puts the server's field errors back on the form and focuses the first invalid field. Returns false
 * when there were none, so the caller shows the message as a form alert instead (which takes focus).
 */
export function applyServerFieldErrors<T extends FieldValues>(fieldErrors: FieldErrors | undefined, setError: UseFormSetError<T>): boolean {
  let first = true;
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    if (!messages?.length) continue;
    setError(name as Path<T>, { type: "server", message: messages[0] }, { shouldFocus: first });
    first = false;
  }
  return !first;
}

/** The message of a field's error, whatever shape react-hook-form gives it. */
export function errorText(error: unknown): string | undefined {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}
