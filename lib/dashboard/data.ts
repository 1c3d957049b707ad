import "server-only";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { AgeBandValue, GroupStateValue, TopicValue } from "@/lib/groups/labels";

export const EXPIRY_WINDOW_DAYS = 30;
export const INTEREST_DEMAND_THRESHOLD = 4;
const DAY = 86_400_000;

export type DashboardCounts = {
  newApplications: number;
  awaitingDecision: number;
  waitlisted: number;
  awaitingPayment: number;
  expiringSoon: number;
  groupsByState: Record<GroupStateValue, number>;
  interestDemand: { topic: TopicValue; ageBand: AgeBandValue; count: number }[];
  freeFacilitators: number;
};

/** Everything the administrator's overview counts, in a fixed handful of queries (no per-row queries). */
export async function getDashboardCounts(now = new Date()): Promise<DashboardCounts> {
  await requireAdmin();
  const [newApplications, applications, awaitingPayment, expiringSoon, groups, interest, freeFacilitators] = await Promise.all([
    db.application.count({ where: { status: "RECEIVED", intakeHeldOn: null } }),
    db.application.groupBy({
      by: ["status"],
      where: { status: { in: ["RECEIVED", "WAITLISTED"] } },
      _count: { _all: true },
    }),
    db.member.count({ where: { memberships: { some: { status: "PENDING_PAYMENT" } } } }),
    countExpiring(now),
    db.group.groupBy({ by: ["state"], _count: { _all: true } }),
    db.interest.groupBy({
      by: ["topic", "ageBand"],
      where: { handledAt: null },
      _count: { _all: true },
      having: { id: { _count: { gte: INTEREST_DEMAND_THRESHOLD } } },
    }),
    db.facilitator.count({
      where: { active: true, courseCompletedAt: { not: null }, user: { active: true }, assignments: { none: { withdrawnAt: null } } },
    }),
  ]);
  const received = applications.find((a) => a.status === "RECEIVED")?._count._all ?? 0;
  const groupsByState: Record<GroupStateValue, number> = { PLANNED: 0, STARTING: 0, WITHDRAWING: 0, SELF_RUNNING: 0, ENDED: 0 };
  for (const g of groups) groupsByState[g.state] = g._count._all;
  return {
    newApplications,
    awaitingDecision: received - newApplications,
    waitlisted: applications.find((a) => a.status === "WAITLISTED")?._count._all ?? 0,
    awaitingPayment,
    expiringSoon,
    groupsByState,
    interestDemand: interest
      .map((i) => ({ topic: i.topic, ageBand: i.ageBand, count: i._count._all }))
      .sort((a, b) => b.count - a.count),
    freeFacilitators,
  };
}

/**
 * Paid periods ending within 30 days with no later period (paid, waived or pending) for the same
 * member — the same rule as the members list "udløber". Two queries, compared in memory.
 */
async function countExpiring(now: Date): Promise<number> {
  const due = await db.membership.findMany({
    where: { status: "PAID", memberId: { not: null }, periodEnd: { gte: now, lte: new Date(now.getTime() + EXPIRY_WINDOW_DAYS * DAY) } },
    select: { id: true, memberId: true, periodEnd: true },
  });
  if (due.length === 0) return 0;
  const later = await db.membership.findMany({
    where: {
      memberId: { in: [...new Set(due.map((d) => d.memberId!))] },
      OR: [{ status: "PENDING_PAYMENT" }, { status: { in: ["PAID", "WAIVED"] }, periodEnd: { gt: now } }],
    },
    select: { id: true, memberId: true, status: true, periodEnd: true },
  });
  return due.filter(
    (d) =>
      !later.some(
        (o) => o.memberId === d.memberId && o.id !== d.id && (o.status === "PENDING_PAYMENT" || (o.periodEnd !== null && o.periodEnd > d.periodEnd!)),
      ),
  ).length;
}
