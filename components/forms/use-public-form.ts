"use client";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/command/result";

export type PublicAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** Focuses the first field, in page order, whose name has an error. */
function focusFirstInvalid(form: HTMLFormElement | null, names: string[]) {
  if (!form || names.length === 0) return;
  const fields = Array.from(form.querySelectorAll<HTMLElement & { name: string }>("input, select, textarea"));
  fields.find((f) => names.includes(f.name) && f.getAttribute("type") !== "hidden")?.focus();
}

/**
 * Connects a react-hook-form form to a public server action. The browser validates with the shared
 * schema first; the action validates again, and its field errors come back onto the fields. Either
 * way focus moves to the first invalid field in page order. The same action is the form's `action`,
 * so the form also posts without JavaScript.
 */
export function usePublicForm<T extends FieldValues, U>(form: UseFormReturn<T, unknown, U>, action: PublicAction) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  // The last result stays visible until the person submits again.
  const [dismissed, setDismissed] = useState<ActionResult | null>(null);

  useEffect(() => {
    if (!state || state.ok || !state.fieldErrors) return;
    const names: string[] = [];
    for (const [name, messages] of Object.entries(state.fieldErrors)) {
      if (!messages?.[0]) continue;
      form.setError(name as Path<T>, { type: "server", message: messages[0] });
      names.push(name);
    }
    focusFirstInvalid(formRef.current, names);
  }, [state, form]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const element = event.currentTarget;
    setDismissed(state);
    void form.handleSubmit(
      () => {
        const data = new FormData(element);
        startTransition(() => formAction(data));
      },
      (errors) => focusFirstInvalid(element, Object.keys(errors)),
    )(event);
  }

  return { state: state && state !== dismissed ? state : null, pending, formAction, onSubmit, formRef };
}
