"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { purgeExpiredRecordsAction } from "@/lib/privacy/actions";

/** Deletes now what the retention period has made due. */
export function AdminPurgeButton({ due }: { due: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  function run() {
    startTransition(async () => {
      const result = await purgeExpiredRecordsAction({});
      if (!result.ok) {
        setAlert({ kind: "error", text: result.message });
        return;
      }
      const { applications, interest, outbox = 0 } = result.data;
      setAlert({ kind: "success", text: `Slettet: ${applications} ansøgninger, ${interest} på interesselisten og ${outbox} mails i udbakken.` });
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {alert ? <FormAlert kind={alert.kind}>{alert.text}</FormAlert> : null}
      <Button type="button" variant="danger" disabled={pending || due === 0} onClick={run}>
        {pending ? "Sletter …" : "Slet dem nu"}
      </Button>
    </div>
  );
}
