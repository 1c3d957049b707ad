import { beforeAll, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { formingQuery } from "@/lib/groups/forming";
import { clearAllTables } from "../helpers/db-tables";
import { createMember } from "../helpers/fixtures";
import { plannedGroup } from "../helpers/forming-fixtures";

// formingProgress reads a page of groups through their indexes, whatever the size of the rest: with
// many groups, each with open applications, the plan searches the (groupId, …) indexes for the groups
// asked and scans neither table. On SQLite as its planner chooses without statistics (a fresh file, as
// the site runs); on PostgreSQL, which has them (scripts/migrate.mjs runs ANALYZE), that indexes serve it.

const GROUPS = 300;
const PER_GROUP = 12;
let asked: string[] = [];

beforeAll(async () => {
  await clearAllTables();
  const member = await createMember();
  const template = await plannedGroup(4);
  const now = new Date();
  const groups = Array.from({ length: GROUPS }, (_, i) => ({
    id: `plan-${i}`,
    slug: `plan-${i}`,
    name: `Plan ${i}`,
    topic: template.topic,
    ageBand: template.ageBand,
    description: template.description,
    venueId: template.venueId,
    state: i % 3 === 0 ? ("PLANNED" as const) : ("STARTING" as const),
  }));
  await db.group.createMany({ data: groups });
  const statuses = ["RECEIVED", "WAITLISTED", "ACCEPTED", "DECLINED", "WITHDRAWN"] as const;
  const consent = { consentConfidentialityVersion: "t", consentSensitiveDataVersion: "t", consentFeeVersion: "t" };
  await db.application.createMany({
    data: groups.flatMap((g, i) =>
      Array.from({ length: PER_GROUP }, (_, k) => ({
        groupId: g.id,
        memberId: member.id,
        status: statuses[(i + k) % statuses.length],
        intakeHeldOn: k % 2 === 0 ? now : null,
        consentConfidentialityAt: now,
        consentSensitiveDataAt: now,
        consentFeeAt: now,
        ...consent,
      })),
    ),
  });
  await db.participation.createMany({
    data: groups.flatMap((g) =>
      Array.from({ length: PER_GROUP }, (_, k) => ({ groupId: g.id, memberId: member.id, leftAt: k % 3 === 0 ? now : null })),
    ),
  });
  if (dbProvider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
  asked = groups.slice(0, 20).map((g) => g.id);
}, 120_000);

async function plan(): Promise<string> {
  if (dbProvider === "postgresql") {
    // On tables this small PostgreSQL rightly prefers reading a few pages whole; with sequential scans
    // switched off for this transaction the plan shows which indexes serve the query.
    const rows = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${formingQuery(asked)}`);
    });
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  }
  const rows = await db.$queryRaw<{ detail: string }[]>(Prisma.sql`EXPLAIN QUERY PLAN ${formingQuery(asked)}`);
  return rows.map((r) => r.detail).join("\n");
}

describe("the forming count's query plan", () => {
  it("searches the applications and participations of the groups asked through their indexes, and scans no table", async () => {
    const text = await plan();
    expect(text).toMatch(/Application_groupId_status_idx/);
    expect(text).toMatch(/Participation_groupId_leftAt_joinedAt_memberId_idx/);
    if (dbProvider === "postgresql") expect(text).not.toMatch(/Seq Scan on "(Application|Participation)"/);
    else expect(text).not.toMatch(/\bSCAN (a|p)\b/);
  });
});
