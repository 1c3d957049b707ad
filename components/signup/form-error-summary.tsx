"use client";
import { FormAlert } from "@/components/forms/form-alert";
import type { ActionResult } from "@/lib/command/result";

/**
 * The action's message, with the server's field messages listed as links to their fields. This is
 * also what people see when the form was posted without JavaScript.
 */
export function FormErrorSummary({ state }: { state: ActionResult | null }) {
  if (!state || state.ok) return null;
  const items = Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages?.[0]);
  return (
    <FormAlert kind="error">
      <p>{state.message}</p>
      {items.length > 0 ? (
        <ul className="mt-2 list-disc pl-6 font-normal">
          {items.map(([name, messages]) => (
            <li key={name}>
              <a href={`#felt-${name}`}>{messages![0]}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </FormAlert>
  );
}
