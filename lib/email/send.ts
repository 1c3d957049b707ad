import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  /** What the outbox keeps instead of `text` when the mail carries a secret (an invitation link). */
  outboxText?: string;
};

/**
 * Sends over SMTP when SMTP_URL is set; otherwise (the embedded default) stores the message in the
 * outbox table for administrators to read. Either way the message is recorded in the outbox — as
 * `outboxText` when given, so a live link is never stored — and the log gets one line without
 * personal data. Outbox copies are purged after OUTBOX_RETENTION_DAYS (lib/privacy/retention-data.ts). A failed send never fails the caller's request.
 */
export async function sendEmail(message: EmailMessage): Promise<{ delivered: boolean }> {
  const { SMTP_URL, MAIL_FROM } = env();
  const row = await db.outboxEmail.create({
    data: { to: message.to, subject: message.subject, text: message.outboxText ?? message.text },
    select: { id: true },
  });
  if (!SMTP_URL) {
    console.info(`[email] stored in outbox (${row.id}); no SMTP_URL configured`);
    return { delivered: false };
  }
  try {
    const transport = nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
    await db.outboxEmail.update({ where: { id: row.id }, data: { sentAt: new Date() }, select: { id: true } });
    console.info(`[email] sent (${row.id})`);
    return { delivered: true };
  } catch (error) {
    console.error(`[email] sending failed (${row.id}): ${(error as Error).name}`);
    return { delivered: false };
  }
}
