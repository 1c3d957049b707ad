import "server-only";
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxRow = { id: string; to: string; subject: string; createdAt: Date; sentAt: Date | null };

/** The newest emails first, a page at a time. The bodies stay out of the list. */
export async function listOutbox(admin: Actor, page = 1): Promise<{ rows: OutboxRow[]; total: number; pages: number }> {
  // Recipients and subjects of mails about people: listing them is audited like opening one.
  await recordAudit({ actorUserId: admin.id, action: "outbox.list", entityType: "OutboxEmail", entityId: null, details: { page } });
  const [rows, total] = await Promise.all([
    db.outboxEmail.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, createdAt: true, sentAt: true },
    }),
    db.outboxEmail.count(),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

/** One email in full. Emails carry personal data, so each opening is audited. */
export async function getOutboxEmail(admin: Actor, id: string) {
  const email = await db.outboxEmail.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true },
  });
  if (email) await recordAudit({ actorUserId: admin.id, action: "outbox.view", entityType: "OutboxEmail", entityId: email.id });
  return email;
}
