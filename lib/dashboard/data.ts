import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { AgeBandValue, GroupStateValue, TopicValue } from "@/lib/groups/labels";
import { countAwaitingPayment, countExpiringMemberships } from "@/lib/members/data";

export const INTEREST_DEMAND_THRESHOLD = 4;

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
export async function getDashboardCounts(_admin: Actor, now = new Date()): Promise<DashboardCounts> {
  const [newApplications, applications, awaitingPayment, expiringSoon, groups, interest, freeFacilitators] = await Promise.all([
    // Unconfirmed submissions wait for their owner (lib/confirmations), not for the coordinator.
    db.application.count({ where: { status: "RECEIVED", intakeHeldOn: null, awaitsConfirmation: false } }),
    db.application.groupBy({
      by: ["status"],
      where: { status: { in: ["RECEIVED", "WAITLISTED"] }, awaitsConfirmation: false },
      _count: { _all: true },
    }),
    // Counted over the pending memberships only, not per member.
    countAwaitingPayment(db),
    // The register's own reminder window and rule (lib/members/rules.ts expiryWindow, isDueReminder), counted in the database.
    countExpiringMemberships(db, now),
    db.group.groupBy({ by: ["state"], _count: { _all: true } }),
    db.interest.groupBy({
      by: ["topic", "ageBand"],
      where: { handledAt: null, awaitsConfirmation: false },
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
    interestDemand: interest.map((i) => ({ topic: i.topic, ageBand: i.ageBand, count: i._count._all })).sort((a, b) => b.count - a.count),
    freeFacilitators,
  };
}
