"use client";
import { unstable_rethrow } from "next/navigation";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn, UseFormSetError } from "react-hook-form";
import { GENERIC_ERROR, type ActionResult, type FieldErrors } from "@/lib/command/result";

export type FormMessage = { kind: "error" | "success"; text: string; signIn?: string };

/**
 * Puts the server's field errors back on the form and focuses the first invalid field. Returns false
 * when there were none, so the caller shows the message as a form alert instead (which takes focus).
 */
export function applyServerErrors<T extends FieldValues>(fieldErrors: FieldErrors | undefined, setError: UseFormSetError<T>): boolean {
  let first = true;
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    if (!messages?.[0]) continue;
    setError(name as Path<T>, { type: "server", message: messages[0] }, { shouldFocus: first });
    first = false;
  }
  return !first;
}

/** The message of a field's error, whatever shape react-hook-form gives it (arrays and checkboxes included). */
export function errorText(error: unknown): string | undefined {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

type Success<R> = Extract<ActionResult<R>, { ok: true }>;

/**
 * The submit plumbing every admin form shares: validate in the browser with the shared schema, call the
 * server action, put its field errors back on the fields (focusing the first) or show its message as a
 * FormAlert, and show a success text. An action that throws (network, expired session) shows the generic
 * message; a redirect from the action is left to Next.
 *
 * `submit(action, onSuccess)` returns the form's onSubmit handler; onSuccess may return a success text.
 * Each submit clears the previous message first, whether or not the fields pass the browser's check.
 * Public forms that must also post without JavaScript use usePublicForm (./use-public-form.ts) instead.
 */
export function useActionForm<TValues extends FieldValues, TOutput>(form: UseFormReturn<TValues, unknown, TOutput>) {
  const [message, setMessage] = useState<FormMessage | null>(null);

  function submit<R>(
    action: (values: TOutput) => Promise<ActionResult<R> | undefined>,
    onSuccess?: (result: Success<R>, values: TOutput) => string | void,
  ) {
    const handle = form.handleSubmit(async (values) => {
      let result: ActionResult<R> | undefined;
      try {
        result = await action(values);
      } catch (error) {
        unstable_rethrow(error);
        setMessage({ kind: "error", text: GENERIC_ERROR });
        return;
      }
      if (!result) return;
      if (!result.ok) {
        if (!applyServerErrors(result.fieldErrors, form.setError)) setMessage({ kind: "error", text: result.message, signIn: result.signIn });
        return;
      }
      const text = onSuccess?.(result as Success<R>, values);
      if (text) setMessage({ kind: "success", text });
    });
    // Every new attempt replaces the last answer, also when the browser refuses it before the server is
    // asked: a success text must not stand next to the errors of a later attempt.
    return (event?: React.BaseSyntheticEvent) => {
      setMessage(null);
      return handle(event);
    };
  }

  return { message, submit };
}
