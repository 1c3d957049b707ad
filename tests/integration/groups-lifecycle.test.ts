import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeGroupState } from "@/lib/groups/actions";
import { assignFacilitator, createAdmin, createFacilitator, createGroup } from "../helpers/fixtures";
import { addMeetings, clearAllTables, makeReady, snapshot } from "../helpers/lifecycle-fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

let adminId: string;

beforeEach(async () => {
  await clearAllTables();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

/** The refusal code, and nothing written: no state, history, assignment or audit change. */
async function expectRefused(groupId: string, input: object, code: string) {
  const before = await snapshot(groupId);
  const result = await changeGroupState({ groupId, ...input });
  expect(result).toMatchObject({ ok: false, code, message: expect.stringMatching(/\S/) });
  expect(await snapshot(groupId)).toEqual(before);
}

describe("PLANNED → STARTING", () => {
  it("refuses without facilitators and changes nothing", async () => {
    const g = await createGroup({ state: "PLANNED" });
    await expectRefused(g.id, { to: "STARTING" }, "NO_FACILITATOR");
  });

  it("refuses when an assigned facilitator has become inactive", async () => {
    const g = await createGroup({ state: "PLANNED" });
    const f = await createFacilitator();
    await assignFacilitator(g.id, f.facilitator.id);
    await db.facilitator.update({ where: { id: f.facilitator.id }, data: { active: false } });
    await expectRefused(g.id, { to: "STARTING" }, "FACILITATOR_NOT_QUALIFIED");
  });

  it("starts with two qualified facilitators, writes history and audit, revalidates the public pages", async () => {
    const g = await createGroup({ state: "PLANNED", slug: "sorg-tirsdag" });
    for (const name of ["Anna", "Bo"]) await assignFacilitator(g.id, (await createFacilitator({ name })).facilitator.id);
    expect(await changeGroupState({ groupId: g.id, to: "STARTING", reason: "" })).toEqual({ ok: true });
    const after = await db.group.findUniqueOrThrow({ where: { id: g.id } });
    expect(after.state).toBe("STARTING");
    expect(after.startDate).toBeInstanceOf(Date);
    const history = await db.groupStateChange.findMany({ where: { groupId: g.id } });
    expect(history).toEqual([
      expect.objectContaining({ kind: "STATE", fromState: "PLANNED", toState: "STARTING", actorUserId: adminId, reason: null }),
    ]);
    expect(await db.auditEvent.findFirst({ where: { entityId: g.id } })).toMatchObject({
      action: "group.state.starting",
      actorUserId: adminId,
      details: JSON.stringify({ from: "PLANNED" }),
    });
    // The public pages, and the admin layout (which refreshes every admin and facilitator page).
    expect(revalidatedPaths()).toEqual([
      "/grupper",
      "/(public)/udvalg/grupper/[...filter]",
      "/grupper/sorg-tirsdag",
      "/grupper/sorg-tirsdag/ansoeg",
      "/grupper/sorg-tirsdag/kalender.ics",
      "/grupper.json",
      "/sitemap.xml",
      "/admin",
    ]);
  });
});

describe("STARTING → WITHDRAWING", () => {
  it("refuses until every readiness item is done, naming what is missing", async () => {
    const g = await createGroup({ state: "STARTING" });
    await addMeetings(g.id, 6);
    await expectRefused(g.id, { to: "WITHDRAWING" }, "NOT_READY");
    await makeReady(g.id);
    await db.meeting.deleteMany();
    await addMeetings(g.id, 5);
    await expectRefused(g.id, { to: "WITHDRAWING" }, "NOT_READY");
    await addMeetings(g.id, 1);
    expect(await changeGroupState({ groupId: g.id, to: "WITHDRAWING" })).toEqual({ ok: true });
  });

  it("does not count a contact person who has left the group", async () => {
    const g = await createGroup({ state: "STARTING" });
    await makeReady(g.id);
    await addMeetings(g.id, 6);
    await db.participation.updateMany({ where: { groupId: g.id }, data: { leftAt: new Date() } });
    await expectRefused(g.id, { to: "WITHDRAWING" }, "NOT_READY");
  });

  it("follows the minimum number of meetings in the settings", async () => {
    await db.settings.create({ data: { id: 1, minMeetingsBeforeWithdrawal: 3 } });
    const g = await createGroup({ state: "STARTING" });
    await makeReady(g.id);
    await addMeetings(g.id, 3);
    expect(await changeGroupState({ groupId: g.id, to: "WITHDRAWING" })).toEqual({ ok: true });
  });

  it.each(["CHILDREN", "YOUTH"] as const)("refuses a %s group even when ready", async (ageBand) => {
    const g = await createGroup({ state: "STARTING", ageBand });
    await makeReady(g.id);
    await addMeetings(g.id, 8);
    await expectRefused(g.id, { to: "WITHDRAWING" }, "KEEPS_FACILITATORS");
  });
});

describe("WITHDRAWING → SELF_RUNNING (hand-over)", () => {
  it("needs a meeting without facilitators, then closes every active assignment", async () => {
    const g = await createGroup({ state: "WITHDRAWING" });
    const a = await createFacilitator();
    const b = await createFacilitator();
    await assignFacilitator(g.id, a.facilitator.id);
    await assignFacilitator(g.id, b.facilitator.id);
    await addMeetings(g.id, 2, [a.facilitator.id]);
    await expectRefused(g.id, { to: "SELF_RUNNING" }, "NO_MEETING_WITHOUT_FACILITATORS");

    await db.meeting.create({ data: { groupId: g.id, heldOn: new Date("2026-04-01"), participantsPresent: 4 } });
    expect(await changeGroupState({ groupId: g.id, to: "SELF_RUNNING", reason: "Gruppen er klar" })).toEqual({ ok: true });
    const assignments = await db.facilitatorAssignment.findMany({ where: { groupId: g.id } });
    expect(assignments).toHaveLength(2);
    expect(assignments.every((x) => x.withdrawnAt instanceof Date)).toBe(true);
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).state).toBe("SELF_RUNNING");
    expect(await db.groupStateChange.findFirst({ where: { groupId: g.id } })).toMatchObject({
      fromState: "WITHDRAWING",
      toState: "SELF_RUNNING",
      reason: "Gruppen er klar",
    });
  });

  it.each(["CHILDREN", "YOUTH"] as const)("refuses a %s group and keeps its facilitators", async (ageBand) => {
    const g = await createGroup({ state: "WITHDRAWING", ageBand });
    await assignFacilitator(g.id, (await createFacilitator()).facilitator.id);
    await addMeetings(g.id, 1);
    await expectRefused(g.id, { to: "SELF_RUNNING" }, "KEEPS_FACILITATORS");
  });
});

describe("→ ENDED", () => {
  it("needs a reason, then ends the group, closes it to newcomers and frees its facilitators", async () => {
    const g = await createGroup({ state: "STARTING", openForNewcomers: true });
    await assignFacilitator(g.id, (await createFacilitator()).facilitator.id);
    const before = await snapshot(g.id);
    const refused = await changeGroupState({ groupId: g.id, to: "ENDED", reason: "  " });
    expect(refused).toMatchObject({
      ok: false,
      code: "REASON_REQUIRED",
      fieldErrors: { reason: ["Skriv en kort begrundelse for at afslutte gruppen."] },
    });
    expect(await snapshot(g.id)).toEqual(before);

    expect(await changeGroupState({ groupId: g.id, to: "ENDED", reason: "Deltagerne har valgt at stoppe" })).toEqual({ ok: true });
    const after = await db.group.findUniqueOrThrow({ where: { id: g.id } });
    expect(after).toMatchObject({ state: "ENDED", openForNewcomers: false, endReason: "Deltagerne har valgt at stoppe" });
    expect(after.endedAt).toBeInstanceOf(Date);
    expect(await db.facilitatorAssignment.count({ where: { groupId: g.id, withdrawnAt: null } })).toBe(0);
  });

  it("refuses every move out of ENDED", async () => {
    const g = await createGroup({ state: "ENDED" });
    for (const to of ["PLANNED", "STARTING", "WITHDRAWING", "SELF_RUNNING"]) {
      await expectRefused(g.id, { to, reason: "x" }, "GROUP_ENDED");
    }
    await expectRefused(g.id, { to: "ENDED", reason: "x" }, "SAME_STATE");
  });

  it("refuses going backwards and skipping steps", async () => {
    const g = await createGroup({ state: "STARTING" });
    await expectRefused(g.id, { to: "PLANNED" }, "BACKWARDS");
    await expectRefused(g.id, { to: "SELF_RUNNING" }, "SKIPS_STEP");
  });
});

describe("input and access", () => {
  it("answers malformed input with field errors and changes nothing", async () => {
    const g = await createGroup({ state: "PLANNED" });
    const before = await snapshot(g.id);
    const result = await changeGroupState({ groupId: g.id, to: "FLYING", reason: "x".repeat(301) });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { to: ["Vælg en ny tilstand."], reason: ["Begrundelsen må højst være 300 tegn."] },
    });
    expect(await snapshot(g.id)).toEqual(before);
  });

  it("refuses a facilitator, even of the group itself, and an anonymous caller", async () => {
    const g = await createGroup({ state: "PLANNED" });
    const f = await createFacilitator();
    await assignFacilitator(g.id, f.facilitator.id);
    const before = await snapshot(g.id);
    signInAs(f.user.id);
    expect(await changeGroupState({ groupId: g.id, to: "STARTING" })).toMatchObject({ ok: false, code: "DENIED" });
    signInAs(null);
    expect(await changeGroupState({ groupId: g.id, to: "STARTING" })).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    expect(await snapshot(g.id)).toEqual(before);
  });

  it("answers an unknown group calmly", async () => {
    expect(await changeGroupState({ groupId: "findes-ikke", to: "STARTING" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "Gruppen findes ikke.",
    });
  });
});

describe("transitions at the same moment", () => {
  it("four administrators starting the same group at once: one succeeds, the others are refused, one history row", async () => {
    const g = await createGroup({ state: "PLANNED" });
    for (const name of ["Anna", "Bo"]) await assignFacilitator(g.id, (await createFacilitator({ name })).facilitator.id);
    const results = await Promise.all(Array.from({ length: 4 }, () => changeGroupState({ groupId: g.id, to: "STARTING", reason: "" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/\S/) });
    expect(results.map((r) => (r.ok ? "OK" : r.code)).filter((c) => c === "ERROR" || c === "BUSY")).toEqual([]);
    expect(await db.groupStateChange.count({ where: { groupId: g.id, kind: "STATE" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: g.id, action: "group.state.starting" } })).toBe(1);
  });

  it("ending and handing over a group at once: each step starts where the one before ended", async () => {
    const g = await createGroup({ state: "WITHDRAWING" });
    await addMeetings(g.id, 1);
    const results = await Promise.all([
      changeGroupState({ groupId: g.id, to: "ENDED", reason: "Gruppen stoppede" }),
      changeGroupState({ groupId: g.id, to: "SELF_RUNNING", reason: "Gruppen er klar" }),
      changeGroupState({ groupId: g.id, to: "ENDED", reason: "Gruppen stoppede" }),
    ]);
    expect(results.filter((r) => !r.ok && (r.code === "ERROR" || r.code === "BUSY"))).toEqual([]);
    const history = await db.groupStateChange.findMany({ where: { groupId: g.id, kind: "STATE" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(history.filter((h) => h.fromState === "WITHDRAWING")).toHaveLength(1);
    expect(history.filter((h) => h.toState === "ENDED")).toHaveLength(1);
    expect(history).toHaveLength(results.filter((r) => r.ok).length);
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).state).toBe("ENDED");
  });
});
