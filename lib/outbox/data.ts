import "server-only";
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliveryStatus } from "./labels";

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxRow = { id: string; to: string; subject: string; createdAt: Date; status: string };

// Never the sealed text: it holds the live link of an invitation until the mail is sent.
const stateSelect = { sentAt: true, failedAt: true, attempts: true } as const;

/** The newest emails first, a page at a time, each with its delivery state. The bodies stay out of the list. */
export async function listOutbox(admin: Actor, page = 1): Promise<{ rows: OutboxRow[]; total: number; pages: number }> {
  // Recipients and subjects of mails about people: listing them is audited like opening one.
  await recordAudit({ actorUserId: admin.id, action: "outbox.list", entityType: "OutboxEmail", entityId: null, details: { page } });
  const mailServer = Boolean(env().SMTP_URL);
  const [rows, total] = await Promise.all([
    db.outboxEmail.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, createdAt: true, ...stateSelect },
    }),
    db.outboxEmail.count(),
  ]);
  return {
    rows: rows.map((r) => ({ id: r.id, to: r.to, subject: r.subject, createdAt: r.createdAt, status: deliveryStatus(r, mailServer) })),
    total,
    pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
  };
}

/** One email in full (the text the outbox keeps: a secret link is redacted). Each opening is audited. */
export async function getOutboxEmail(admin: Actor, id: string) {
  const email = await db.outboxEmail.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, createdAt: true, nextAttemptAt: true, lastErrorKind: true, ...stateSelect },
  });
  if (!email) return null;
  await recordAudit({ actorUserId: admin.id, action: "outbox.view", entityType: "OutboxEmail", entityId: email.id });
  const mailServer = Boolean(env().SMTP_URL);
  const waiting = mailServer && !email.sentAt && !email.failedAt;
  return {
    id: email.id,
    to: email.to,
    subject: email.subject,
    text: email.text,
    createdAt: email.createdAt,
    status: deliveryStatus(email, mailServer),
    /** When the worker tries next (only while it waits with a mail server set up). */
    nextAttemptAt: waiting ? email.nextAttemptAt : null,
    /** The kind of the last failure (an error code such as ECONNECTION, never a message), unless sent. */
    lastErrorKind: email.sentAt ? null : email.lastErrorKind,
  };
}
