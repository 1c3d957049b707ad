"use client";
import { useActionState } from "react";
import { Button } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { confirmSubmission } from "@/lib/confirmations/actions";

/**
 * One button that posts the token. Confirming takes a click, not just opening the link: mail
 * scanners that fetch links must not confirm on the owner's behalf. Works without JavaScript.
 */
export function ConfirmForm({ token, label }: { token: string; label: string }) {
  const [state, formAction, pending] = useActionState(confirmSubmission, null);
  return (
    <form action={formAction} className="space-y-4">
      {state && !state.ok ? <FormAlert kind="error">{state.message}</FormAlert> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {pending ? "Bekræfter …" : label}
      </Button>
    </form>
  );
}
