"use client";
import { useState, useTransition } from "react";
import { changeGroupState } from "@/lib/groups/actions";
import { stateLabel, type GroupStateValue } from "@/lib/groups/labels";
import type { RuleResult } from "@/lib/groups/rules";
import { Button } from "@/components/forms/buttons";
import { TextArea } from "@/components/forms/field";
import { MessageAlert } from "@/components/forms/form-alert";
import { GENERIC_ERROR } from "@/lib/command/result";

type Props = { groupId: string; state: GroupStateValue; next: { to: GroupStateValue; result: RuleResult } | null };

/** The lifecycle controls: the next step (or why it is not possible yet) and ending the group. */
export function AdminStateForm({ groupId, state, next }: Props) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [endReason, setEndReason] = useState("");
  const [endError, setEndError] = useState<string | undefined>();

  function move(to: GroupStateValue, reason: string | null) {
    setMessage(null);
    setEndError(undefined);
    startTransition(async () => {
      try {
        const result = await changeGroupState({ groupId, to, reason });
        if (result.ok) {
          setMessage({ kind: "success", text: `Gruppen har nu tilstanden "${stateLabel[to]}".` });
          setEndReason("");
        } else {
          setMessage({ kind: "error", text: result.message });
          if (result.fieldErrors?.reason) setEndError(result.fieldErrors.reason[0]);
        }
      } catch {
        setMessage({ kind: "error", text: GENERIC_ERROR });
      }
    });
  }

  if (state === "ENDED") return null;
  return (
    <div className="space-y-5">
      <MessageAlert message={message} />
      {next ? (
        <div className="space-y-2">
          <h3 className="font-semibold">Næste trin: {stateLabel[next.to]}</h3>
          {next.result.ok ? (
            <Button type="button" disabled={pending} onClick={() => move(next.to, null)}>
              Flyt til &quot;{stateLabel[next.to]}&quot;
            </Button>
          ) : (
            <p className="text-muted">Kan ikke endnu: {next.result.reason}</p>
          )}
        </div>
      ) : null}
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          move("ENDED", endReason);
        }}
      >
        <h3 className="font-semibold">Afslut gruppen</h3>
        <TextArea
          label="Begrundelse"
          name="endReason"
          id="felt-endReason"
          required
          rows={2}
          maxLength={300}
          hint="Kort og uden personoplysninger, fx 'Deltagerne har valgt at stoppe'."
          value={endReason}
          onChange={(e) => setEndReason(e.target.value)}
          error={endError}
        />
        <Button type="submit" variant="danger" disabled={pending}>
          Afslut gruppen
        </Button>
      </form>
    </div>
  );
}
