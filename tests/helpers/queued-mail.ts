import { db } from "@/lib/db";
import type * as Queue from "@/lib/email/queue";
import type { EmailMessage } from "@/lib/email/send";

/**
 * The mails as commands hand them to the outbox (`queueEmail`), with the id of the row each became.
 * The outbox row keeps only `outboxText` (a link mail with its link redacted), so this is where a test
 * reads the live link a recipient would get. Use it from a test file with:
 *
 *   vi.mock("@/lib/email/queue", async (real) => (await import("../helpers/queued-mail")).recordingQueue(await real()));
 *
 * The real queueEmail still writes the row; nothing else changes.
 */
export const queuedMails: Array<EmailMessage & { id: string }> = [];

export function recordingQueue(real: typeof Queue): typeof Queue {
  return {
    ...real,
    queueEmail: async (tx, message) => {
      const row = await real.queueEmail(tx, message);
      queuedMails.push({ ...message, id: row.id });
      return row;
    },
  };
}

const LINK = /\/(?:invitation|login\/ny-adgangskode)\/([A-Za-z0-9_-]+)/;

/** The newest committed mail to this address (its outbox row exists: a rolled-back one does not count). */
export async function newestMailTo(to: string): Promise<EmailMessage & { id: string }> {
  const ids = new Set((await db.outboxEmail.findMany({ where: { to }, select: { id: true } })).map((r) => r.id));
  const mail = queuedMails.filter((m) => m.to === to && ids.has(m.id)).at(-1);
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}

/** The one-time token in the newest committed mail to this address. */
export async function tokenMailedTo(to: string): Promise<string> {
  const match = (await newestMailTo(to)).text.match(LINK);
  if (!match) throw new Error("no set-password link in the email");
  return match[1];
}
