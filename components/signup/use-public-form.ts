"use client";
import { startTransition, useActionState, useEffect, type FormEvent } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";

export type PublicAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * Connects a react-hook-form form to a public server action. The browser validates with the shared
 * schema first; the action validates again, and its field errors come back onto the fields with
 * focus on the first. The same action is the form's `action`, so the form also posts without JavaScript.
 */
export function usePublicForm<T extends FieldValues, U>(form: UseFormReturn<T, unknown, U>, action: PublicAction) {
  const [state, formAction, pending] = useActionState(action, null);

  useEffect(() => {
    if (!state || state.ok || !state.fieldErrors) return;
    let first = true;
    for (const [name, messages] of Object.entries(state.fieldErrors)) {
      if (!messages?.[0]) continue;
      form.setError(name as Path<T>, { type: "server", message: messages[0] }, { shouldFocus: first });
      first = false;
    }
  }, [state, form]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const element = event.currentTarget;
    void form.handleSubmit(() => {
      const data = new FormData(element);
      startTransition(() => formAction(data));
    })(event);
  }

  return { state, pending, formAction, onSubmit };
}
