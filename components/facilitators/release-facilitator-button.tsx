"use client";
import { useState, useTransition } from "react";
import { releaseFacilitator } from "@/lib/facilitators/actions";
import { Button } from "@/components/forms/buttons";
import { GENERIC_ERROR } from "@/lib/action-result";

export function ReleaseFacilitatorButton({ groupId, assignmentId, name }: { groupId: string; assignmentId: string; name: string }) {
  const [pending, startTransition] = useTransition();
  const [note, setNote] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        className="px-3 py-1 text-base"
        disabled={pending}
        aria-label={`Afslut ${name}s tildeling`}
        onClick={() =>
          startTransition(async () => {
            try {
              const r = await releaseFacilitator(groupId, { assignmentId });
              setNote(r.ok ? (r.data.warning ?? null) : r.message);
            } catch {
              setNote(GENERIC_ERROR);
            }
          })
        }
      >
        Afslut tildeling
      </Button>
      {note ? (
        <p role="status" className="text-base text-danger-700">
          {note}
        </p>
      ) : null}
    </div>
  );
}
