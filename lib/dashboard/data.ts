import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cappedCountSql, countOf } from "@/lib/sql";
import type { AgeBandValue, GroupStateValue } from "@/lib/groups/labels";
import type { TopicKey } from "@/lib/topics/topics";
import { countAwaitingPayment, countExpiringMemberships, reminderDays } from "@/lib/members/data";
import { INTEREST_MINIMUM } from "@/lib/interest/demand";

/** Where enough people wait to start a group: the minimum a new group gets (lib/interest/demand.ts). */
export const INTEREST_DEMAND_THRESHOLD = INTEREST_MINIMUM;

export type DashboardCounts = {
  newApplications: number;
  awaitingDecision: number;
  waitlisted: number;
  awaitingPayment: number;
  expiringSoon: number;
  /** The reminder window the expiring count uses (the setting renewalReminderDays). */
  reminderDays: number;
  groupsByState: Record<GroupStateValue, number>;
  interestDemand: { topic: TopicKey; ageBand: AgeBandValue; count: number }[];
  freeFacilitators: number;
};

/** Everything the administrator's overview counts, in a fixed handful of queries (no per-row queries), none of them over more than COUNT_LIMIT + 1 rows of a growing table. */
export async function getDashboardCounts(_admin: Actor, now = new Date()): Promise<DashboardCounts> {
  // Each count that can grow with the data stops just past COUNT_LIMIT (lib/sql.ts): the page shows "1.000+".
  // Unconfirmed submissions wait for their owner (lib/confirmations), not for the coordinator.
  const applications = (where: Prisma.Sql) =>
    db
      .$queryRaw<{ n: bigint | number }[]>(
        cappedCountSql(Prisma.sql`SELECT 1 AS "one" FROM "Application" WHERE "awaitsConfirmation" = ${false} AND ${where}`),
      )
      .then(countOf);
  const [newApplications, awaitingDecision, waitlisted, awaitingPayment, expiringSoon, groups, interest, freeFacilitators, days] = await Promise.all([
    applications(Prisma.sql`"status" = 'RECEIVED' AND "intakeHeldOn" IS NULL`),
    applications(Prisma.sql`"status" = 'RECEIVED' AND "intakeHeldOn" IS NOT NULL`),
    applications(Prisma.sql`"status" = 'WAITLISTED'`),
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
    reminderDays(db),
  ]);
  const groupsByState: Record<GroupStateValue, number> = { PLANNED: 0, STARTING: 0, WITHDRAWING: 0, SELF_RUNNING: 0, ENDED: 0 };
  for (const g of groups) groupsByState[g.state] = g._count._all;
  return {
    newApplications,
    awaitingDecision,
    waitlisted,
    awaitingPayment,
    expiringSoon,
    reminderDays: days,
    groupsByState,
    interestDemand: interest.map((i) => ({ topic: i.topic, ageBand: i.ageBand, count: i._count._all })).sort((a, b) => b.count - a.count),
    freeFacilitators,
  };
}
