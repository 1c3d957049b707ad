"use client";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { toDateInputValue } from "@/lib/format";
import { endParticipation } from "@/lib/participations/actions";

/** Records that a participant has left the group today, after a confirmation. Frees the seat. */
export function EndParticipationButton({ groupId, participationId, name }: { groupId: string; participationId: string; name: string }) {
  // Success needs no message: the participant leaves the table.
  const { pending, message, run } = useActionRunner();
  return (
    <>
      <button
        type="button"
        className="font-medium text-brand-800 underline disabled:opacity-60"
        disabled={pending}
        aria-label={`${name} er stoppet i gruppen`}
        onClick={() => {
          if (!window.confirm(`Er ${name} stoppet i gruppen? Pladsen bliver ledig fra i dag.`)) return;
          run(() => endParticipation(groupId, { participationId, leftOn: toDateInputValue(new Date()) }));
        }}
      >
        Er stoppet
      </button>
      {message ? (
        <span role="alert" className="block text-danger-700">
          {message.text}
        </span>
      ) : null}
    </>
  );
}
