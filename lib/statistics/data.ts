import "server-only";
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgeBandValue, GroupStateValue } from "@/lib/groups/labels";
import { RUNNING_STATES } from "@/lib/groups/rules";
import { listTopics } from "@/lib/topics/data";
import { figuresFromCounts, yearRange, type YearlyFigures } from "./rules";

// The yearly figures as GROUP BY queries in the database (portable SQL: quoted identifiers, CTEs and a
// window function, which SQLite and PostgreSQL both have). They say in SQL what rules.ts aggregateYear
// says over rows; only a few dozen counts reach JavaScript, never participations or members.

const states = (list: readonly GroupStateValue[]) => Prisma.raw(list.map((s) => `'${s}'`).join(", "));
const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

/** Groups that were running at some moment of [start, end), from their state history (rules.ts wasRunningIn). */
function runningGroupsSql(start: Date, end: Date): Prisma.Sql {
  const stateChanges = Prisma.sql`FROM "GroupStateChange" c WHERE c."groupId" = g."id" AND c."kind" = 'STATE' AND c."createdAt" < ${end}`;
  return Prisma.sql`
    WITH "segment" AS (
      SELECT g."id" AS "groupId",
        CASE WHEN EXISTS (SELECT 1 ${stateChanges})
          THEN COALESCE((SELECT c."fromState" ${stateChanges} ORDER BY c."createdAt", c."id" LIMIT 1), 'PLANNED')
          ELSE g."state" END AS "state",
        g."createdAt" AS "from", 0 AS "ord", '' AS "changeId"
      FROM "Group" g WHERE g."createdAt" < ${end}
      UNION ALL
      SELECT c."groupId", c."toState", c."createdAt", 1, c."id"
      FROM "GroupStateChange" c JOIN "Group" g ON g."id" = c."groupId"
      WHERE c."kind" = 'STATE' AND c."createdAt" < ${end} AND g."createdAt" < ${end}
    ),
    "timeline" AS (
      SELECT "groupId", "state", "from", LEAD("from") OVER (PARTITION BY "groupId" ORDER BY "ord", "from", "changeId") AS "until"
      FROM "segment"
    )
    SELECT DISTINCT "groupId" FROM "timeline"
    WHERE "state" IN (${states(RUNNING_STATES)}) AND "from" < ${end} AND ("until" IS NULL OR "until" > ${start})`;
}

/** Participations that overlap [start, end), of groups that existed by then. */
const overlapping = (start: Date, end: Date) =>
  Prisma.sql`FROM "Participation" p JOIN "Group" g ON g."id" = p."groupId"
    WHERE g."createdAt" < ${end} AND p."joinedAt" < ${end} AND (p."leftAt" IS NULL OR p."leftAt" >= ${start})`;

type Counted<K extends string> = ({ [key in K]: string } & { n: bigint | number })[];

/**
 * The anonymous figures for one calendar year (Danish time), for administrators. Only topics, age bands,
 * states and counts leave the database — never names, emails or free text.
 */
export async function yearlyFigures(_admin: Actor, year: number): Promise<YearlyFigures> {
  const { start, end } = yearRange(year);
  const [active, entered, byTopic, byAgeBand, total, meetings, members, paid, waived, topics] = await Promise.all([
    db.$queryRaw<Counted<"topic" | "ageBand">>`
      WITH "running" AS (${runningGroupsSql(start, end)})
      SELECT g."topic" AS "topic", g."ageBand" AS "ageBand", COUNT(*) AS "n" FROM "Group" g
      WHERE g."createdAt" < ${end} AND (
        g."id" IN (SELECT "groupId" FROM "running")
        OR EXISTS (SELECT 1 FROM "Participation" p WHERE p."groupId" = g."id" AND p."joinedAt" < ${end} AND (p."leftAt" IS NULL OR p."leftAt" >= ${start}))
        OR EXISTS (SELECT 1 FROM "Meeting" m WHERE m."groupId" = g."id" AND m."heldOn" >= ${start} AND m."heldOn" < ${end}))
      GROUP BY g."topic", g."ageBand"`,
    db.$queryRaw<Counted<"state">>`
      SELECT c."toState" AS "state", COUNT(DISTINCT c."groupId") AS "n" FROM "GroupStateChange" c
      WHERE c."kind" = 'STATE' AND c."createdAt" >= ${start} AND c."createdAt" < ${end} AND c."toState" IS NOT NULL
      GROUP BY c."toState"`,
    db.$queryRaw<Counted<"topic">>`SELECT g."topic" AS "topic", COUNT(DISTINCT p."memberId") AS "n" ${overlapping(start, end)} GROUP BY g."topic"`,
    db.$queryRaw<
      Counted<"ageBand">
    >`SELECT g."ageBand" AS "ageBand", COUNT(DISTINCT p."memberId") AS "n" ${overlapping(start, end)} GROUP BY g."ageBand"`,
    db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(DISTINCT p."memberId") AS "n" ${overlapping(start, end)}`,
    // Per group first (from the (heldOn, groupId) index alone), then per topic: one group lookup per group, not per meeting.
    db.$queryRaw<Counted<"topic">>`
      SELECT g."topic" AS "topic", CAST(SUM(x."held") AS INTEGER) AS "n"
      FROM (SELECT m."groupId" AS "groupId", COUNT(*) AS "held" FROM "Meeting" m WHERE m."heldOn" >= ${start} AND m."heldOn" < ${end} GROUP BY m."groupId") x
      JOIN "Group" g ON g."id" = x."groupId"
      WHERE g."createdAt" < ${end}
      GROUP BY g."topic"`,
    db.member.count({ where: { createdAt: { gte: start, lt: end } } }),
    db.$queryRaw<
      { n: bigint | number }[]
    >`SELECT COUNT(DISTINCT "membershipId") AS "n" FROM "Payment" WHERE "paidOn" >= ${start} AND "paidOn" < ${end}`,
    db.membership.count({ where: { status: "WAIVED", periodStart: { gte: start, lt: end } } }),
    listTopics(),
  ]);
  return figuresFromCounts(
    {
      year,
      activeGroups: active.map((r) => ({ topic: r.topic, ageBand: r.ageBand as AgeBandValue, count: n(r.n) })),
      entered: entered.map((r) => ({ state: r.state as GroupStateValue, count: n(r.n) })),
      participantsByTopic: byTopic.map((r) => ({ topic: r.topic, count: n(r.n) })),
      participantsByAgeBand: byAgeBand.map((r) => ({ ageBand: r.ageBand as AgeBandValue, count: n(r.n) })),
      participantsTotal: n(total[0]?.n),
      meetingsByTopic: meetings.map((r) => ({ topic: r.topic, count: n(r.n) })),
      newMembers: members,
      paidMemberships: n(paid[0]?.n),
      waivedMemberships: waived,
    },
    topics,
  );
}

/** A year's aggregate being computed for a download; downloads that arrive meanwhile wait for it. */
const computing = new Map<number, Promise<YearlyFigures>>();

/**
 * The figures for the CSV download, computed fresh; every export is audited. Downloads of the same year
 * at the same moment (a double click, two coordinators) share one computation: on SQLite the aggregate
 * holds the server while it runs (docs/scale.md), so it should run once, not once per click.
 */
export async function exportYearlyFigures(admin: Actor, year: number): Promise<YearlyFigures> {
  let shared = computing.get(year);
  if (!shared) {
    shared = yearlyFigures(admin, year).finally(() => computing.delete(year));
    computing.set(year, shared);
  }
  const figures = await shared;
  await recordAudit({ actorUserId: admin.id, action: "statistics.export", entityType: "Statistics", entityId: String(year) });
  return figures;
}
