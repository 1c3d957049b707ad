"use client";
import { releaseFacilitator } from "@/lib/facilitators/actions";
import { Button } from "@/components/forms/buttons";
import { useActionRunner } from "@/components/forms/use-action-runner";

export function ReleaseFacilitatorButton({ groupId, assignmentId, name }: { groupId: string; assignmentId: string; name: string }) {
  const { pending, message, run } = useActionRunner();
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        className="px-3 py-1 text-base"
        disabled={pending}
        aria-label={`Afslut ${name}s tildeling`}
        // Success needs no note (the list changes), unless the release leaves a warning.
        onClick={() =>
          run(
            () => releaseFacilitator({ groupId, assignmentId }),
            (result) => result.data.warning,
          )
        }
      >
        Afslut tildeling
      </Button>
      {message ? (
        <p role="status" className="text-base text-danger-700">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
