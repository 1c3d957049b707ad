"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { runJobNowAction } from "@/lib/jobs/actions";
import type { JobName } from "@/lib/jobs/labels";

/** Runs the job now (under its lease: never twice at once); the page then shows the run. */
export function RunNowButton({ job, label }: { job: JobName; label: string }) {
  const router = useRouter();
  const { pending, message, run } = useActionRunner();

  function start() {
    run(
      () => runJobNowAction({ job }),
      () => {
        router.refresh();
        return "Opgaven er sat i gang. Resultatet står ovenfor, når den er færdig.";
      },
    );
  }

  return (
    <div className="space-y-3">
      <MessageAlert message={message} />
      <Button type="button" onClick={start} disabled={pending} aria-label={`Kør nu: ${label}`}>
        {pending ? "Kører …" : "Kør nu"}
      </Button>
    </div>
  );
}
