"use client";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { toDateInputValue } from "@/lib/format";
import { endParticipation } from "@/lib/participations/actions";

/** Records that a participant has left the group today, after a confirmation. Frees the seat. */
export function EndParticipationButton({ groupId, participationId, name }: { groupId: string; participationId: string; name: string }) {
  return (
    <ConfirmActionButton
      label={`${name} er stoppet i gruppen`}
      confirm={`Er ${name} stoppet i gruppen? Pladsen bliver ledig fra i dag.`}
      action={() => endParticipation({ groupId, participationId, leftOn: toDateInputValue(new Date()) })}
    >
      Er stoppet
    </ConfirmActionButton>
  );
}
