"use client";
import { useState, useTransition } from "react";
import { deleteMeeting } from "@/lib/meetings/actions";
import { GENERIC_ERROR } from "@/lib/action-result";

/** Removes a meeting recorded by mistake, after a confirmation. */
export function DeleteMeetingButton({ groupId, meetingId, dateLabel }: { groupId: string; meetingId: string; dateLabel: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="font-medium text-danger-700 underline disabled:opacity-60"
        disabled={pending}
        aria-label={`Slet mødet ${dateLabel}`}
        onClick={() => {
          if (!window.confirm(`Slet mødet ${dateLabel}? Gør det kun, hvis det er registreret ved en fejl.`)) return;
          startTransition(async () => {
            try {
              const r = await deleteMeeting(groupId, { meetingId });
              setError(r.ok ? null : r.message);
            } catch {
              setError(GENERIC_ERROR);
            }
          });
        }}
      >
        Slet
      </button>
      {error ? (
        <span role="alert" className="block text-danger-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
