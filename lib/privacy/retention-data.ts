import "server-only";
// No session or audit helpers here (they pull in Next's request context): scripts/purge-expired.ts
// runs this outside Next on every start.
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
 * retention period (settings.retentionDays). Called by an administrator (actorUserId) or on start
 * (null: the system). Audited as "retention.purge" with the counts only — never which records.
 */
export async function purgeExpiredRecords(now = new Date(), actorUserId: string | null = null): Promise<RetentionCounts> {
  const { retentionDays } = await getSettings();
  const cutoff = retentionCutoff(now, retentionDays);
  return db.$transaction(async (tx) => {
    const applications = await tx.application.deleteMany({ where: dueApplications(cutoff) });
    const interest = await tx.interest.deleteMany({ where: dueInterest(cutoff) });
    const counts = { applications: applications.count, interest: interest.count };
    if (actorUserId || counts.applications + counts.interest > 0) {
      // The same row recordAudit writes; the counts are the only detail kept.
      await tx.auditEvent.create({
        data: { actorUserId, action: "retention.purge", entityType: "Retention", entityId: `applications=${counts.applications},interest=${counts.interest}` },
      });
    }
    return counts;
  });
}
