import "server-only";
// No session helpers here (they pull in Next's request context): scripts/purge-expired.ts runs this
// outside Next on every start.
import { recordAudit } from "@/lib/audit/data";
import { purgeOldFailures } from "@/lib/auth/failures";
import { done, type Outcome, type Tx } from "@/lib/command/define";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings/data";
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

export type RetentionCounts = { applications: number; interest: number };

/** How many records the retention period has made due for deletion, and the setting itself. */
export async function countDueRecords(now = new Date()): Promise<RetentionCounts & { retentionDays: number }> {
  const { retentionDays } = await getSettings();
  const cutoff = retentionCutoff(now, retentionDays);
  const [applications, interest] = await Promise.all([
    db.application.count({ where: dueApplications(cutoff) }),
    db.interest.count({ where: dueInterest(cutoff) }),
  ]);
  return { retentionDays, applications, interest };
}

/**
 * Deletes declined and withdrawn applications and interest-list entries that have outlived the
 * retention period (settings.retentionDays), in the caller's transaction. Returns the counts only —
 * never which records (the audit row keeps just the counts).
 */
export async function purgeExpiredRecords(tx: Tx, now = new Date()): Promise<Outcome<RetentionCounts, never>> {
  const { retentionDays } = await getSettings(tx);
  const cutoff = retentionCutoff(now, retentionDays);
  const applications = await tx.application.deleteMany({ where: dueApplications(cutoff) });
  const interest = await tx.interest.deleteMany({ where: dueInterest(cutoff) });
  // Failed sign-ins older than any lock can use (not personal data in themselves, but never kept).
  await purgeOldFailures(tx, now.getTime());
  return done({ applications: applications.count, interest: interest.count });
}

/**
 * The purge the system runs on every start (no user, so no command): audited as "retention.purge"
 * by the system, with the counts, only when something was deleted.
 */
export async function purgeOnStart(now = new Date()): Promise<RetentionCounts> {
  return db.$transaction(async (tx) => {
    const outcome = await purgeExpiredRecords(tx, now);
    const counts = outcome.ok ? outcome.data : { applications: 0, interest: 0 };
    if (counts.applications + counts.interest > 0) {
      await recordAudit({ actorUserId: null, action: "retention.purge", entityType: "Retention", entityId: null, details: counts }, tx);
    }
    return counts;
  });
}
