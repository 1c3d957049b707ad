import "server-only";
// The worker's reads and writes on the outbox. Every state change is one conditional UPDATE whose
// WHERE holds the condition, so two workers (threads, processes or servers; SQLite or PostgreSQL at
// READ COMMITTED, where the second UPDATE waits for the first and re-checks the WHERE) never both
// take the same mail.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LOCK_MS, MAX_AGE_MS } from "./rules";

/** Not sent, not given up, its time has come, no live worker holds it, and not too old to send. */
function due(now: Date): Prisma.OutboxEmailWhereInput {
  return {
    sentAt: null,
    failedAt: null,
    nextAttemptAt: { lte: now },
    createdAt: { gte: new Date(now.getTime() - MAX_AGE_MS) },
    OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
  };
}

/** The ids of mails due now, the longest waiting first. */
export async function listDueMailIds(now: Date, limit: number): Promise<string[]> {
  const rows = await db.outboxEmail.findMany({
    where: due(now),
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Takes the mail for this worker until now + LOCK_MS; false when another worker has it, or it is no longer due. */
export async function claimMail(id: string, now: Date): Promise<boolean> {
  const { count } = await db.outboxEmail.updateMany({ where: { id, ...due(now) }, data: { lockedUntil: new Date(now.getTime() + LOCK_MS) } });
  return count === 1;
}

/** A claimed mail as the worker sends it (null when it was erased in between). */
export async function getClaimedMail(id: string) {
  return db.outboxEmail.findUnique({ where: { id }, select: { id: true, to: true, subject: true, text: true, sealedText: true, attempts: true } });
}

/** Sent: the sealed copy of the secret link is erased with it. */
export async function recordSent(id: string, now: Date): Promise<void> {
  await db.outboxEmail.updateMany({
    where: { id, sentAt: null },
    data: { sentAt: now, sealedText: null, lockedUntil: null, attempts: { increment: 1 } },
  });
}

/** A failed attempt: tried again at `retryAt`, or given up (and the sealed copy erased) when it is null. */
export async function recordFailure(id: string, f: { attempts: number; retryAt: Date | null; kind: string; now: Date }): Promise<void> {
  await db.outboxEmail.updateMany({
    where: { id, sentAt: null },
    data: {
      attempts: f.attempts,
      lastErrorKind: f.kind,
      lockedUntil: null,
      ...(f.retryAt ? { nextAttemptAt: f.retryAt } : { failedAt: f.now, sealedText: null }),
    },
  });
}

/** Gives up mails that were not sent within MAX_AGE_MS (e.g. kept while no mail server was set up). */
export async function expireUnsentMails(now: Date): Promise<number> {
  const { count } = await db.outboxEmail.updateMany({
    where: {
      sentAt: null,
      failedAt: null,
      createdAt: { lt: new Date(now.getTime() - MAX_AGE_MS) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
    },
    data: { failedAt: now, sealedText: null, lockedUntil: null, lastErrorKind: "Expired" },
  });
  return count;
}
