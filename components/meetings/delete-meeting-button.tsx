"use client";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { deleteMeeting } from "@/lib/meetings/actions";

/** Removes a meeting recorded by mistake, after a confirmation. */
export function DeleteMeetingButton({ groupId, meetingId, dateLabel }: { groupId: string; meetingId: string; dateLabel: string }) {
  // Success needs no message: the meeting leaves the table.
  const { pending, message, run } = useActionRunner();
  return (
    <>
      <button
        type="button"
        className="font-medium text-danger-700 underline disabled:opacity-60"
        disabled={pending}
        aria-label={`Slet mødet ${dateLabel}`}
        onClick={() => {
          if (!window.confirm(`Slet mødet ${dateLabel}? Gør det kun, hvis det er registreret ved en fejl.`)) return;
          run(() => deleteMeeting(groupId, { meetingId }));
        }}
      >
        Slet
      </button>
      {message ? (
        <span role="alert" className="block text-danger-700">
          {message.text}
        </span>
      ) : null}
    </>
  );
}
