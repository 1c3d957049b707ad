import "server-only";
// No session helpers here (they pull in Next's request context): scripts/purge-expired.ts runs this
// outside Next on every start.
import { recordAudit } from "@/lib/audit/data";
import { purgeOldFailures } from "@/lib/auth/failures";
import { done, type Outcome, type Tx } from "@/lib/command/define";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings/data";
import { purgeUnconfirmed } from "@/lib/confirmations/data";
import { unconfirmedCutoff } from "@/lib/confirmations/rules";
import { MAX_AGE_MS } from "@/lib/email/rules";
import { CLOSED_STATUSES, retentionCutoff } from "./rules";

// The database form of rules.ts' isApplicationDue / isInterestDue (kept in step by the tests).
function dueApplications(cutoff: Date): Prisma.ApplicationWhereInput {
  return {
    status: { in: [...CLOSED_STATUSES] },
    OR: [{ decidedAt: { lt: cutoff } }, { decidedAt: null, updatedAt: { lt: cutoff } }],
  };
}

function dueInterest(cutoff: Date): Prisma.InterestWhereInput {
  return { OR: [{ handledAt: { not: null } }, { consentAt: { lt: cutoff } }] };
}

/**
 * How long the outbox keeps a copy of a mail (sent or only stored) after it was written: long enough
 * to check that a mail went out, no longer — the copies carry names and health-related group topics.
 */
export const OUTBOX_RETENTION_DAYS = 30;

const outboxCutoff = (now: Date) => new Date(now.getTime() - OUTBOX_RETENTION_DAYS * 24 * 3600_000);

/** `unconfirmed`: submissions (applications, interest entries, members) never confirmed by the owner of the address. */
export type RetentionCounts = { applications: number; interest: number; outbox: number; unconfirmed: number };

/** How many records the retention period has made due for deletion, and the setting itself. */
export async function countDueRecords(now = new Date()): Promise<RetentionCounts & { retentionDays: number }> {
  const { retentionDays } = await getSettings();
  const cutoff = retentionCutoff(now, retentionDays);
  const stale = { awaitsConfirmation: true, createdAt: { lt: unconfirmedCutoff(now) } };
  const [applications, interest, outbox, unconfirmedApplications, unconfirmedInterest] = await Promise.all([
    db.application.count({ where: dueApplications(cutoff) }),
    db.interest.count({ where: dueInterest(cutoff) }),
    db.outboxEmail.count({ where: { createdAt: { lt: outboxCutoff(now) } } }),
    db.application.count({ where: stale }),
    db.interest.count({ where: stale }),
  ]);
  return { retentionDays, applications, interest, outbox, unconfirmed: unconfirmedApplications + unconfirmedInterest };
}

/**
 * Deletes declined and withdrawn applications and interest-list entries that have outlived the
 * retention period (settings.retentionDays), and outbox mails older than OUTBOX_RETENTION_DAYS, in
 * the caller's transaction. Returns the counts only —
 * never which records (the audit row keeps just the counts).
 */
export async function purgeExpiredRecords(tx: Tx, now = new Date()): Promise<Outcome<RetentionCounts, never>> {
  const { retentionDays } = await getSettings(tx);
  const cutoff = retentionCutoff(now, retentionDays);
  const unconfirmed = await purgeUnconfirmed(tx, now);
  const applications = await tx.application.deleteMany({ where: dueApplications(cutoff) });
  const interest = await tx.interest.deleteMany({ where: dueInterest(cutoff) });
  const outbox = await tx.outboxEmail.deleteMany({ where: { createdAt: { lt: outboxCutoff(now) } } });
  // Every link a sealed mail carries has expired by MAX_AGE_MS (lib/email/rules.ts): without a mail
  // server nothing sends (and so erases) them, so the purge drops the sealed copies.
  await tx.outboxEmail.updateMany({
    where: { sealedText: { not: null }, createdAt: { lt: new Date(now.getTime() - MAX_AGE_MS) } },
    data: { sealedText: null },
  });
  // Failed sign-ins older than any lock can use (not personal data in themselves, but never kept).
  await purgeOldFailures(tx, now.getTime());
  return done({
    applications: applications.count,
    interest: interest.count,
    outbox: outbox.count,
    unconfirmed: unconfirmed.applications + unconfirmed.interest + unconfirmed.members,
  });
}

/**
 * The purge the system runs on every start (no user, so no command): audited as "retention.purge"
 * by the system, with the counts, only when something was deleted.
 */
export async function purgeOnStart(now = new Date()): Promise<RetentionCounts> {
  return db.$transaction(async (tx) => {
    const outcome = await purgeExpiredRecords(tx, now);
    const counts = outcome.ok ? outcome.data : { applications: 0, interest: 0, outbox: 0, unconfirmed: 0 };
    if (counts.applications + counts.interest + counts.outbox + counts.unconfirmed > 0) {
      await recordAudit({ actorUserId: null, action: "retention.purge", entityType: "Retention", entityId: null, details: counts }, tx);
    }
    return counts;
  });
}
