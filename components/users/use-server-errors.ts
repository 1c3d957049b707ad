"use client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/action-result";

/** Puts an action's field errors back into the form and focuses the first invalid field. */
export function applyServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: FieldErrors | undefined) {
  const entries = Object.entries(fieldErrors ?? {}).filter(([, messages]) => messages?.length);
  entries.forEach(([name, messages], index) => {
    setError(name as Path<T>, { type: "server", message: messages![0] }, { shouldFocus: index === 0 });
  });
  return entries.length > 0;
}
