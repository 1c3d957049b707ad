"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/forms/buttons";
import { MessageAlert } from "@/components/forms/form-alert";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { sendRenewalRemindersAction } from "@/lib/members/actions";

/** Sends renewal reminders; each member gets at most one per period, so pressing twice is safe. */
export function RemindersButton() {
  const router = useRouter();
  const { pending, message, run } = useActionRunner();

  function send() {
    run(
      () => sendRenewalRemindersAction({}),
      (result) => {
        router.refresh();
        const n = result.data.sent;
        return n === 0 ? "Der var ingen nye påmindelser at sende." : `${n} ${n === 1 ? "påmindelse" : "påmindelser"} sendt.`;
      },
    );
  }

  return (
    <div className="space-y-3">
      <MessageAlert message={message} />
      <Button type="button" onClick={send} disabled={pending}>
        Send påmindelser
      </Button>
    </div>
  );
}
