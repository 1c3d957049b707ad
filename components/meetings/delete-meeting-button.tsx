"use client";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deleteMeeting } from "@/lib/meetings/actions";

/** Removes a meeting recorded by mistake, after a confirmation. */
export function DeleteMeetingButton({ groupId, meetingId, dateLabel }: { groupId: string; meetingId: string; dateLabel: string }) {
  return (
    <ConfirmActionButton
      tone="danger"
      label={`Slet mødet ${dateLabel}`}
      confirm={`Slet mødet ${dateLabel}? Gør det kun, hvis det er registreret ved en fejl.`}
      action={() => deleteMeeting({ groupId, meetingId })}
    >
      Slet
    </ConfirmActionButton>
  );
}
