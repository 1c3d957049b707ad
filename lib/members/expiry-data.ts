import "server-only";
// The daily mark on memberships whose period has ended. A membership's status keeps what happened —
// paid or waived — because the bookkeeping and the yearly figures (waived memberships) read it, and a
// member's standing is computed from the period wherever it is shown (rules.ts memberStanding), so no
// page ever waits for this job to call a membership expired. What the job adds is the moment the
// period was seen to end (Membership.expiredAt): once per period, audited with the counts.
import { Prisma } from "@/lib/generated/prisma/client";
import { done, type Outcome, type Tx } from "@/lib/command/define";
import { todayInDenmark } from "@/lib/validation/fields";

/** `expired`: periods stamped now; `lapsed`: of those, the ones of members with no later period (not renewed). */
export type ExpiryCounts = { expired: number; lapsed: number };

/**
 * Stamps every paid or waived period whose last day is before today in Denmark (rules.ts
 * periodHasEnded, as SQL) and that has no stamp yet. One conditional UPDATE: two runs at the same
 * moment stamp each period once, and each counts only its own stamps.
 */
export async function markExpiredMemberships(tx: Tx, now: Date): Promise<Outcome<ExpiryCounts, never>> {
  const today = todayInDenmark(now);
  const { count } = await tx.membership.updateMany({
    where: { status: { in: ["PAID", "WAIVED"] }, periodEnd: { lt: today }, expiredAt: null },
    data: { expiredAt: now },
  });
  if (count === 0) return done({ expired: 0, lapsed: 0 });
  const [row] = await tx.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`
    SELECT COUNT(*) AS "n" FROM "Membership" m
    WHERE m."expiredAt" = ${now} AND m."memberId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "Membership" o WHERE o."memberId" = m."memberId" AND o."id" <> m."id"
        AND (o."status" = 'PENDING_PAYMENT' OR (o."status" IN ('PAID', 'WAIVED') AND o."periodEnd" > m."periodEnd")))`);
  return done({ expired: count, lapsed: Number(row?.n ?? 0) });
}
