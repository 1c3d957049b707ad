import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AGE_BANDS, GROUP_STATES } from "@/lib/groups/labels";
import { listTopics } from "@/lib/topics/data";
import { seedDemoData } from "@/prisma/seed";

async function counts() {
  return {
    users: await db.user.count(),
    facilitators: await db.facilitator.count(),
    groups: await db.group.count(),
    stateChanges: await db.groupStateChange.count(),
    assignments: await db.facilitatorAssignment.count(),
    meetings: await db.meeting.count(),
    meetingFacilitators: await db.meetingFacilitator.count(),
    members: await db.member.count(),
    memberships: await db.membership.count(),
    payments: await db.payment.count(),
    applications: await db.application.count(),
    participations: await db.participation.count(),
    interests: await db.interest.count(),
    pages: await db.pageContent.count(),
    settings: await db.settings.count(),
  };
}

describe("the demo seed", () => {
  // The whole demo (hundreds of rows) takes seconds on a busy machine: more than the default 10 s hook time.
  beforeAll(async () => {
    expect(await seedDemoData()).toBe(true);
  }, 120_000);

  it("changes nothing when run a second time, and --if-empty skips a seeded database", async () => {
    const first = await counts();
    const groupsBefore = await db.group.findMany({ orderBy: { slug: "asc" } });
    expect(await seedDemoData()).toBe(true);
    expect(await counts()).toEqual(first);
    expect(await db.group.findMany({ orderBy: { slug: "asc" } })).toEqual(groupsBefore);
    expect(await seedDemoData({ ifEmpty: true })).toBe(false);
    expect(first.groups).toBeGreaterThanOrEqual(14);
  });

  it("covers every topic, age band and lifecycle state", async () => {
    const groups = await db.group.findMany({ select: { topic: true, ageBand: true, state: true } });
    // The seeded topics are the migration's rows; the seed writes none of its own.
    expect(new Set(groups.map((g) => g.topic))).toEqual(new Set((await listTopics()).map((t) => t.key)));
    expect(new Set(groups.map((g) => g.ageBand))).toEqual(new Set(AGE_BANDS));
    expect(new Set(groups.map((g) => g.state))).toEqual(new Set(GROUP_STATES));
  });

  it("keeps facilitator assignments consistent with each group's lifecycle", async () => {
    const groups = await db.group.findMany({
      select: {
        slug: true,
        state: true,
        ageBand: true,
        assignments: { where: { withdrawnAt: null }, select: { facilitator: { select: { courseCompletedAt: true, active: true } } } },
      },
    });
    for (const g of groups) {
      if (g.state === "STARTING" || g.state === "WITHDRAWING") {
        expect(g.assignments.length, g.slug).toBeGreaterThanOrEqual(1);
        expect(g.assignments.length, g.slug).toBeLessThanOrEqual(2);
        for (const a of g.assignments) expect(a.facilitator.courseCompletedAt && a.facilitator.active, g.slug).toBeTruthy();
      }
      if (g.state === "SELF_RUNNING" || g.state === "ENDED") expect(g.assignments, g.slug).toEqual([]);
      if (g.ageBand === "CHILDREN" || g.ageBand === "YOUTH") expect(["SELF_RUNNING", "WITHDRAWING"]).not.toContain(g.state);
    }
    const perFacilitator = await db.facilitatorAssignment.groupBy({ by: ["facilitatorId"], where: { withdrawnAt: null }, _count: true });
    for (const row of perFacilitator) expect(row._count).toBeLessThanOrEqual(2);
    expect(await db.facilitator.count({ where: { courseCompletedAt: null } })).toBeGreaterThanOrEqual(1);
    expect(await db.facilitator.count({ where: { active: false } })).toBeGreaterThanOrEqual(1);
    expect(await db.user.count({ where: { passwordHash: { not: null } } })).toBe(0);
  });

  it("shows a withdrawal as it happens: facilitator attendance 2 → 1 → 1, readiness and a contact", async () => {
    const withdrawing = await db.group.findMany({
      where: { state: "WITHDRAWING" },
      select: {
        rhythmAgreed: true,
        groundRulesAgreed: true,
        contactParticipationId: true,
        meetings: { orderBy: { heldOn: "asc" }, select: { _count: { select: { facilitators: true } } } },
      },
    });
    expect(withdrawing.length).toBeGreaterThanOrEqual(1);
    for (const g of withdrawing) {
      expect(g.rhythmAgreed && g.groundRulesAgreed).toBe(true);
      expect(g.contactParticipationId).not.toBeNull();
      expect(g.meetings.slice(-3).map((m) => m._count.facilitators)).toEqual([2, 1, 1]);
      expect(g.meetings.length).toBeGreaterThanOrEqual(6);
    }
  });

  it("has applications in every status with all three consents, memberships of every kind and demand on the interest list", async () => {
    const statuses = await db.application.findMany({
      select: { status: true, consentConfidentialityVersion: true, consentSensitiveDataVersion: true, consentFeeVersion: true },
    });
    expect(new Set(statuses.map((a) => a.status))).toEqual(new Set(["RECEIVED", "ACCEPTED", "WAITLISTED", "DECLINED", "WITHDRAWN"]));
    for (const a of statuses)
      expect([a.consentConfidentialityVersion, a.consentSensitiveDataVersion, a.consentFeeVersion]).toEqual(["2026-11", "2026-11", "2026-11"]);
    expect(await db.application.count({ where: { intakeHeldOn: { not: null } } })).toBeGreaterThan(0);

    const memberships = await db.membership.findMany({ select: { status: true, periodEnd: true, feeOre: true } });
    expect(new Set(memberships.map((m) => m.status))).toEqual(new Set(["PAID", "PENDING_PAYMENT", "WAIVED", "EXPIRED"]));
    const in30Days = Date.now() + 30 * 86_400_000;
    expect(
      memberships.some((m) => m.status === "PAID" && m.periodEnd && m.periodEnd.getTime() > Date.now() && m.periodEnd.getTime() < in30Days),
    ).toBe(true);
    expect(memberships.filter((m) => m.status === "WAIVED").every((m) => m.feeOre === 0)).toBe(true);

    expect(await db.interest.count({ where: { topic: "LONELINESS", ageBand: "YOUTH", handledAt: null } })).toBeGreaterThanOrEqual(4);
  });

  it("has a full group and groups closed to newcomers", async () => {
    const groups = await db.group.findMany({
      select: { capacity: true, openForNewcomers: true, _count: { select: { participations: { where: { leftAt: null } } } } },
    });
    expect(groups.some((g) => g._count.participations >= g.capacity)).toBe(true);
    expect(groups.some((g) => !g.openForNewcomers)).toBe(true);
    for (const g of groups) expect(g.capacity).toBeGreaterThanOrEqual(6);
  });

  it("stores the organisation's text and never overwrites an administrator's edit", async () => {
    const page = await db.pageContent.findUniqueOrThrow({ where: { slug: "hvad-er-en-selvhjaelpsgruppe" } });
    expect(page.title).toBe("Hvad er en selvhjælpsgruppe?");
    for (const heading of ["Det hjælper at få talt om problemerne", "Tavshedspligt", "Fælles ansvar", "Sikre rammer for alle i gruppen"]) {
      expect(page.body).toContain(`## ${heading}\n`);
    }
    expect(page.body).toContain("Det koster 100 kr. årligt.");
    await db.pageContent.update({ where: { slug: page.slug }, data: { body: "Redigeret af en administrator" } });
    await seedDemoData();
    expect((await db.pageContent.findUniqueOrThrow({ where: { slug: page.slug } })).body).toBe("Redigeret af en administrator");
    const settings = await db.settings.findUniqueOrThrow({ where: { id: 1 } });
    expect(settings).toMatchObject({
      membershipFeeOre: 10000,
      coordinatorEmail: "koordinator@selvhjaelp-herning.dk",
      maxGroupsPerFacilitator: 2,
      minMeetingsBeforeWithdrawal: 6,
    });
    expect(settings.mobilePayNumber).toMatch(/DEMO/);
    expect(settings.bankAccount).toMatch(/DEMO/);
  });
});
