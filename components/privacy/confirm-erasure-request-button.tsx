"use client";
import { useRouter } from "next/navigation";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { confirmErasureRequestAction } from "@/lib/privacy/actions";

/** Confirms one member's own erasure request after a question; the row leaves the list when done. */
export function ConfirmErasureRequestButton({ requestId, memberName }: { requestId: string; memberName: string }) {
  const router = useRouter();
  const { pending, message, run } = useActionRunner();
  return (
    <>
      <button
        type="button"
        className="font-medium text-danger-700 underline disabled:opacity-60"
        disabled={pending}
        // While pending, the visible "Sletter …" is the name: a label without that text would not match what is seen.
        aria-label={pending ? undefined : `Bekræft sletning af ${memberName}`}
        onClick={() => {
          if (!window.confirm(`Slet alle oplysninger om ${memberName}? Det kan ikke fortrydes. Medlemskaber og betalinger bevares anonymt.`)) return;
          run(
            () => confirmErasureRequestAction({ requestId }),
            () => {
              router.refresh();
            },
          );
        }}
      >
        {pending ? "Sletter …" : "Bekræft sletning"}
      </button>
      {message ? (
        <span role="alert" className="block text-danger-700">
          {message.text}
        </span>
      ) : null}
    </>
  );
}
