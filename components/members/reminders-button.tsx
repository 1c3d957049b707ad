"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { FormAlert } from "@/components/forms/form-alert";
import { sendRenewalRemindersAction } from "@/lib/members/actions";

/** Sends renewal reminders; each member gets at most one per period, so pressing twice is safe. */
export function RemindersButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  function send() {
    startTransition(async () => {
      const result = await sendRenewalRemindersAction();
      if (!result.ok) return setAlert({ kind: "error", text: result.message });
      const n = result.data.sent;
      setAlert({ kind: "success", text: n === 0 ? "Der var ingen nye påmindelser at sende." : `${n} ${n === 1 ? "påmindelse" : "påmindelser"} sendt.` });
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      {alert ? <FormAlert kind={alert.kind}>{alert.text}</FormAlert> : null}
      <Button type="button" onClick={send} disabled={pending}>
        Send påmindelser
      </Button>
    </div>
  );
}
