import "server-only";
// Transitional: lib/users, lib/signup and lib/interest still send from a command's `after`. They are
// moving to queueEmail(tx, …) inside run (lib/email/queue.ts); delete this file when none calls it.
import * as data from "./data";
import { deliverSoon } from "./worker";

export type { EmailMessage } from "./message";
import type { EmailMessage } from "./message";

/**
 * Queues the message in its own transaction and waits for one delivery pass. Unlike queueEmail a
 * crash between the caller's commit and this call loses the mail, which is why callers should queue
 * inside run. Never throws for a failed send: the worker tries again with backoff.
 */
export async function sendEmail(message: EmailMessage): Promise<{ delivered: boolean }> {
  const { id } = await data.queueEmailNow(message);
  await deliverSoon();
  return { delivered: await data.isSent(id) };
}
