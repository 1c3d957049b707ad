import "server-only";
// Emails are written in the transaction of the change that causes them, so a committed change always
// has its mails and a refused one has none; lib/email/worker.ts delivers them after commit (when a
// mail server is set up) and tries again with backoff when sending fails.
import type { Tx } from "@/lib/command/define";
import type { EmailMessage } from "./message";
import { seal } from "./seal";

export type { EmailMessage } from "./message";

/**
 * Adds the message to the outbox in the caller's transaction. A message with `outboxText` carries a
 * secret link: the row's `text` (what the admin outbox shows) is `outboxText`, and the real text is
 * kept only sealed (lib/email/seal.ts) until the worker has sent it.
 */
export async function queueEmail(tx: Tx, message: EmailMessage): Promise<{ id: string }> {
  const sealedText = message.outboxText === undefined ? null : seal(message.text);
  return tx.outboxEmail.create({
    data: { to: message.to, subject: message.subject, text: message.outboxText ?? message.text, sealedText },
    select: { id: true },
  });
}
