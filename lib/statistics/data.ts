import "server-only";
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { aggregateYear, yearRange, type YearlyFigures } from "./rules";

/**
 * The anonymous figures for one calendar year (Danish time), for administrators. Seven queries whatever
 * the size of the data: groups, state history, overlapping participations, meetings per group, and three
 * counts. Only ids, topics, age bands, states and dates are read — never names, emails or free text.
 */
export async function yearlyFigures(_admin: Actor, year: number): Promise<YearlyFigures> {
  const { start, end } = yearRange(year);
  const [groups, changes, participations, meetings, newMembers, paidMemberships, waivedMemberships] = await Promise.all([
    db.group.findMany({ where: { createdAt: { lt: end } }, select: { id: true, topic: true, ageBand: true, state: true, createdAt: true } }),
    db.groupStateChange.findMany({
      where: { kind: "STATE", createdAt: { lt: end } },
      select: { groupId: true, fromState: true, toState: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.participation.findMany({
      where: { joinedAt: { lt: end }, OR: [{ leftAt: null }, { leftAt: { gte: start } }] },
      select: { groupId: true, memberId: true },
    }),
    db.meeting.groupBy({ by: ["groupId"], where: { heldOn: { gte: start, lt: end } }, _count: { _all: true } }),
    db.member.count({ where: { createdAt: { gte: start, lt: end } } }),
    db.membership.count({ where: { payments: { some: { paidOn: { gte: start, lt: end } } } } }),
    db.membership.count({ where: { status: "WAIVED", periodStart: { gte: start, lt: end } } }),
  ]);
  return aggregateYear({
    year,
    groups,
    changes,
    participations,
    meetingsByGroup: meetings.map((m) => ({ groupId: m.groupId, count: m._count._all })),
    newMembers,
    paidMemberships,
    waivedMemberships,
  });
}

/** The figures for the CSV download; every export is audited. */
export async function exportYearlyFigures(admin: Actor, year: number): Promise<YearlyFigures> {
  const figures = await yearlyFigures(admin, year);
  await recordAudit({ actorUserId: admin.id, action: "statistics.export", entityType: "Statistics", entityId: String(year) });
  return figures;
}
