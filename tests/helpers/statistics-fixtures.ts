import { db } from "@/lib/db";
import { clearPeopleAndGroups } from "./applications-fixtures";

const d = (iso: string) => new Date(iso);
type Topic = "GRIEF" | "LONELINESS" | "ILLNESS" | "DIVORCE" | "RELATIVES";
type AgeBand = "ADULTS" | "ELDERLY" | "YOUTH";
type State = "PLANNED" | "STARTING" | "WITHDRAWING" | "SELF_RUNNING" | "ENDED";

async function group(key: string, topic: Topic, ageBand: AgeBand, createdAt: string, history: [State, State, string][]) {
  const state = history.length ? history[history.length - 1][1] : "PLANNED";
  return db.group.create({
    data: {
      slug: `statistik-${key}`,
      name: `Statistikgruppe ${key}`,
      topic,
      ageBand,
      description: "Gruppe til statistiktest.",
      state,
      createdAt: d(createdAt),
      stateChanges: { create: history.map(([fromState, toState, at]) => ({ fromState, toState, createdAt: d(at), reason: "Hemmelig begrundelse" })) },
    },
  });
}

async function member(key: string, createdAt: string) {
  return db.member.create({
    data: {
      name: `Hemmelig ${key} Hansen`,
      email: `hemmelig-${key}@example.dk`,
      postcode: "7400",
      consentAt: d(createdAt),
      consentVersion: "t",
      createdAt: d(createdAt),
    },
  });
}

/**
 * Groups, people, meetings and payments across 2023–2026, with records on both sides of each year boundary
 * (Danish midnight on 1 January = 23:00 UTC on 31 December). The expected figures are in the test.
 */
export async function statisticsWorld() {
  await clearPeopleAndGroups();
  const a = await group("a", "GRIEF", "ADULTS", "2024-05-01T10:00:00Z", [
    ["PLANNED", "STARTING", "2024-06-01T10:00:00Z"],
    ["STARTING", "WITHDRAWING", "2025-03-01T10:00:00Z"],
    ["WITHDRAWING", "SELF_RUNNING", "2025-06-01T10:00:00Z"],
  ]);
  const b = await group("b", "LONELINESS", "ELDERLY", "2025-02-01T10:00:00Z", [["PLANNED", "STARTING", "2025-03-01T10:00:00Z"]]);
  await group("c", "ILLNESS", "YOUTH", "2025-01-10T10:00:00Z", []);
  const dGroup = await group("d", "DIVORCE", "ADULTS", "2023-01-01T10:00:00Z", [
    ["PLANNED", "STARTING", "2023-02-01T10:00:00Z"],
    ["STARTING", "ENDED", "2024-12-31T22:59:59Z"],
  ]);
  await group("e", "RELATIVES", "ADULTS", "2024-01-01T10:00:00Z", [
    ["PLANNED", "STARTING", "2024-02-01T10:00:00Z"],
    ["STARTING", "ENDED", "2025-01-15T10:00:00Z"],
  ]);

  const m = {
    m1: await member("m1", "2024-06-01T10:00:00Z"),
    m2: await member("m2", "2024-06-01T10:00:00Z"),
    m3: await member("m3", "2024-06-01T10:00:00Z"),
    m4: await member("m4", "2024-06-01T10:00:00Z"),
    m5: await member("m5", "2025-12-31T23:30:00Z"),
    m6: await member("m6", "2025-03-01T10:00:00Z"),
    m7: await member("m7", "2023-01-01T10:00:00Z"),
    m8: await member("m8", "2024-12-31T23:00:00Z"),
  };
  const join = (groupId: string, memberId: string, joinedAt: string, leftAt?: string) =>
    db.participation.create({ data: { groupId, memberId, joinedAt: d(joinedAt), leftAt: leftAt ? d(leftAt) : null } });
  for (const k of ["m1", "m2", "m3"] as const) await join(a.id, m[k].id, "2024-06-10T10:00:00Z");
  await join(a.id, m.m4.id, "2024-06-10T10:00:00Z", "2024-12-31T22:00:00Z");
  await join(a.id, m.m5.id, "2025-12-31T23:30:00Z");
  await join(b.id, m.m1.id, "2025-03-10T10:00:00Z");
  await join(b.id, m.m6.id, "2025-03-10T10:00:00Z", "2025-04-01T10:00:00Z");
  await join(dGroup.id, m.m7.id, "2023-02-10T10:00:00Z", "2024-11-01T10:00:00Z");

  for (const heldOn of ["2024-12-31T22:30:00Z", "2025-01-01T00:00:00Z", "2025-12-31T22:59:00Z", "2025-12-31T23:00:00Z"]) {
    await db.meeting.create({ data: { groupId: a.id, heldOn: d(heldOn), participantsPresent: 3 } });
  }
  await db.meeting.create({ data: { groupId: b.id, heldOn: d("2025-04-01T17:00:00Z"), participantsPresent: 2 } });

  const paid = (memberId: string, paidOn: string[]) =>
    db.membership.create({
      data: {
        memberId,
        feeOre: 10000,
        status: "PAID",
        payments: { create: paidOn.map((p) => ({ amountOre: 10000, method: "MOBILEPAY" as const, paidOn: d(p), reference: "Hemmelig reference" })) },
      },
    });
  await paid(m.m1.id, ["2025-02-01T10:00:00Z"]);
  await paid(m.m2.id, ["2024-07-01T10:00:00Z", "2025-07-01T10:00:00Z"]);
  await paid(m.m3.id, ["2024-12-31T23:30:00Z"]);
  await db.membership.create({ data: { memberId: m.m6.id, feeOre: 0, status: "WAIVED", periodStart: d("2025-03-01T10:00:00Z") } });
  return { members: Object.values(m) };
}
