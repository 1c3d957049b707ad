import "server-only";
// Emails are written in the transaction of the change that causes them, so a committed change always
// has its mails and a refused one has none; lib/email/worker.ts delivers them after commit.
import type { Tx } from "@/lib/command/define";
import type { EmailMessage } from "./send";

/** Adds the message to the outbox in the caller's transaction. */
export async function queueEmail(tx: Tx, message: EmailMessage): Promise<{ id: string }> {
  return tx.outboxEmail.create({
    data: { to: message.to, subject: message.subject, text: message.outboxText ?? message.text },
    select: { id: true },
  });
}
