"use client";
import { useActionState } from "react";
import { Button } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import type { ActionResult } from "@/lib/command/result";

type TokenAction = (prev: unknown, form: FormData) => Promise<ActionResult<unknown> | undefined>;

/**
 * One button that posts the token from a link. It takes a press, not just opening the link: mail
 * scanners that fetch links must not sign in or confirm on the owner's behalf. Works without JavaScript.
 */
export function TokenButtonForm({ token, action, label, pendingLabel }: { token: string; action: TokenAction; label: string; pendingLabel: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-4">
      {state && !state.ok ? <FormAlert kind="error">{state.message}</FormAlert> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
