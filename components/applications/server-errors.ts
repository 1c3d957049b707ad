import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/action-result";

/** Puts the server's field errors on the form and moves focus to the first invalid field. */
export function applyServerErrors<T extends FieldValues>(fieldErrors: FieldErrors | undefined, setError: UseFormSetError<T>): void {
  let first = true;
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    if (!messages?.[0]) continue;
    setError(name as Path<T>, { type: "server", message: messages[0] }, { shouldFocus: first });
    first = false;
  }
}
