import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AGE_BANDS, GROUP_STATES } from "@/lib/groups/labels";
import { listTopics } from "@/lib/topics/data";
import { yearlyFigures } from "@/lib/statistics/data";
import { aggregateYear, yearRange } from "@/lib/statistics/rules";
import { actorOf, createAdmin } from "../helpers/fixtures";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";

// The yearly figures are GROUP BY queries (lib/statistics/data.ts); rules.ts aggregateYear is their
// definition over rows. On a generated world with histories, participations, meetings and payments
// across several years, both must give the same figures for every year.

let seed = 20261202;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const between = (from: number, to: number) => new Date(from + Math.floor(random() * (to - from)));
const T0 = Date.UTC(2022, 0, 1);
const T1 = Date.UTC(2027, 0, 1);

/** The rows the figures are made of, read the way the figures were computed before they moved into SQL. */
async function rawYear(year: number) {
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
  return aggregateYear(
    {
      year,
      groups,
      changes,
      participations,
      meetingsByGroup: meetings.map((m) => ({ groupId: m.groupId, count: m._count._all })),
      newMembers,
      paidMemberships,
      waivedMemberships,
    },
    await listTopics(),
  );
}

let admin: Actor;

beforeAll(async () => {
  await clearPeopleAndGroups();
  admin = await actorOf((await createAdmin()).id);
  // A topic an administrator added, and a retired one: both keep their figures, the retired one only where it has any.
  await db.topic.create({ data: { slug: "angst", label: "Angst", description: "For dig, der lever med angst.", sortOrder: 7 } });
  await db.topic.update({ where: { key: "DIVORCE" }, data: { retiredAt: new Date("2025-06-01T00:00:00Z") } });
  const topics = (await listTopics()).map((t) => t.key);
  const members = [];
  for (let i = 0; i < 60; i++) {
    members.push(
      await db.member.create({
        data: { name: `M ${i}`, email: `m${i}@example.dk`, postcode: "7400", consentAt: new Date(), consentVersion: "t", createdAt: between(T0, T1) },
        select: { id: true },
      }),
    );
  }
  for (let i = 0; i < 40; i++) {
    const createdAt = between(T0, T1);
    // A history of 0–4 state changes after creation; some groups have none (their current state counts from creation).
    const steps = Math.floor(random() * 5);
    let at = createdAt.getTime();
    let state = random() < 0.3 ? null : ("PLANNED" as (typeof GROUP_STATES)[number] | null);
    const history = [];
    for (let s = 0; s < steps; s++) {
      at += Math.floor(random() * 400 * 86_400_000);
      const to = pick(GROUP_STATES);
      history.push({ fromState: state, toState: to, createdAt: new Date(at), kind: "STATE" });
      state = to;
    }
    if (random() < 0.3) history.push({ fromState: null, toState: null, createdAt: new Date(at + 1000), kind: "DECISION", reason: "Rytme" });
    const group = await db.group.create({
      data: {
        slug: `verden-${i}`,
        name: `Gruppe ${i}`,
        topic: pick(topics),
        ageBand: pick(AGE_BANDS),
        description: "En gruppe.",
        state: state ?? pick(GROUP_STATES),
        createdAt,
        stateChanges: { create: history },
      },
      select: { id: true },
    });
    for (let p = 0; p < Math.floor(random() * 6); p++) {
      const joinedAt = between(createdAt.getTime(), T1);
      const leftAt = random() < 0.5 ? between(joinedAt.getTime(), T1) : null;
      await db.participation.create({ data: { groupId: group.id, memberId: pick(members).id, joinedAt, leftAt } });
    }
    for (let m = 0; m < Math.floor(random() * 5); m++) {
      await db.meeting.create({ data: { groupId: group.id, heldOn: between(createdAt.getTime(), T1), participantsPresent: 3 } });
    }
  }
  for (const member of members.slice(0, 40)) {
    const status = pick(["PAID", "WAIVED", "PENDING_PAYMENT"] as const);
    await db.membership.create({
      data: {
        memberId: member.id,
        feeOre: 10000,
        status,
        periodStart: status === "PENDING_PAYMENT" ? null : between(T0, T1),
        payments:
          status === "PAID"
            ? {
                create: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
                  amountOre: 10000,
                  method: "CASH" as const,
                  paidOn: between(T0, T1),
                })),
              }
            : undefined,
      },
    });
  }
});

describe("the yearly figures in SQL", () => {
  it("equal the row-by-row definition for every year of a generated world", async () => {
    for (const year of [2022, 2023, 2024, 2025, 2026]) {
      expect(await yearlyFigures(admin, year), String(year)).toEqual(await rawYear(year));
    }
    // The world is not trivial: some years have active groups, transitions and participants.
    const f = await yearlyFigures(admin, 2024);
    expect(f.groups.active).toBeGreaterThan(0);
    expect(f.participantsTotal).toBeGreaterThan(0);
  });

  it("label an added topic, and keep a retired topic's past figures under its label, marked retired", async () => {
    const rows = await Promise.all([2022, 2023, 2024, 2025, 2026].map((y) => yearlyFigures(admin, y)));
    const divorce = rows.flatMap((f) => f.byTopic.filter((t) => t.topic === "DIVORCE"));
    expect(divorce.length).toBeGreaterThan(0);
    for (const row of divorce) {
      expect(row).toMatchObject({ label: "Skilsmisse", retired: true });
      expect(row.activeGroups + row.participants + row.meetings).toBeGreaterThan(0);
    }
    expect(rows[2].byTopic.find((t) => t.label === "Angst")).toMatchObject({ retired: false });
  });
});
