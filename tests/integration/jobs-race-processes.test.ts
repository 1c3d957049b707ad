import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayInDenmark } from "@/lib/validation/fields";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";
import { createMember } from "../helpers/fixtures";
import { killRacersAfterEach, startRacers } from "../helpers/process-race";

// "A job run sends exactly one reminder per membership and period, also with two app instances":
// separate Node processes (tests/helpers/race-jobs.ts), each with its own connection to the same
// database — one SQLite file, or one PostgreSQL database in integration-pg — start the renewal
// reminder job at the same moment.

const DAY = 86_400_000;
const MEMBERSHIPS = 6;

type Outcome = { status: string; sent?: number | null; code?: string; error?: string };

killRacersAfterEach();

/** The instances (tests/helpers/race-jobs.ts), all ready. */
const startInstances = (count: number, mode: "due" | "force" | "command") =>
  startRacers<Outcome>(
    "race-jobs.ts",
    Array.from({ length: count }, () => [mode, "renewal-reminders"]),
  );

async function expiringMemberships() {
  const ids: string[] = [];
  for (let i = 0; i < MEMBERSHIPS; i++) {
    const member = await createMember();
    const end = todayInDenmark(new Date(Date.now() + (2 + i) * DAY));
    const ms = await db.membership.create({
      data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date(end.getTime() - 365 * DAY), periodEnd: end },
    });
    ids.push(ms.id);
  }
  return ids;
}

async function expectOneReminderEach(ids: string[]) {
  const mails = await db.outboxEmail.findMany({ select: { to: true } });
  expect(mails).toHaveLength(MEMBERSHIPS);
  expect(new Set(mails.map((m) => m.to)).size).toBe(MEMBERSHIPS);
  expect(await db.membership.count({ where: { id: { in: ids }, reminderSentAt: { not: null } } })).toBe(MEMBERSHIPS);
}

describe("the renewal reminder job in separate app instances at the same moment", () => {
  beforeEach(async () => {
    await clearPeopleAndGroups();
    await db.jobRun.deleteMany();
    await db.jobLease.deleteMany();
  });

  it("each instance's runner finds the job due: exactly one runs it, and each membership gets one reminder", async () => {
    const ids = await expiringMemberships();
    const outcomes = await (await startInstances(3, "due")).go();
    expect(outcomes.filter((o) => o.status === "crashed")).toEqual([]);
    expect(outcomes.filter((o) => o.status === "ran")).toEqual([{ status: "ran", sent: MEMBERSHIPS }]);
    expect(outcomes.filter((o) => o.status !== "ran").every((o) => o.status === "busy" || o.status === "not-due")).toBe(true);
    expect(await db.jobRun.count({ where: { job: "renewal-reminders" } })).toBe(1);
    await expectOneReminderEach(ids);
  }, 120_000);

  it("two instances running it by hand at once: one run holds the lease, and no membership gets two reminders", async () => {
    const ids = await expiringMemberships();
    const outcomes = await (await startInstances(2, "force")).go();
    expect(outcomes.filter((o) => o.status === "crashed")).toEqual([]);
    const sent = outcomes.reduce((n, o) => n + (o.sent ?? 0), 0);
    expect(sent).toBe(MEMBERSHIPS);
    await expectOneReminderEach(ids);
  }, 120_000);

  it("two runs past the lease (as when one outlived it): the claim on each membership still sends one reminder", async () => {
    const ids = await expiringMemberships();
    const outcomes = await (await startInstances(2, "command")).go();
    expect(outcomes.every((o) => o.status === "ran")).toBe(true);
    expect(outcomes.reduce((n, o) => n + (o.sent ?? 0), 0)).toBe(MEMBERSHIPS);
    await expectOneReminderEach(ids);
  }, 120_000);
});
