import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignFacilitator, releaseFacilitator, updateFacilitator } from "@/lib/facilitators/actions";
import { listFacilitators } from "@/lib/facilitators/data";
import { deleteMeeting, recordMeeting } from "@/lib/meetings/actions";
import { AccessDenied } from "@/lib/auth/session";
import { assignFacilitator as assignFixture, createAdmin, createFacilitator, createGroup } from "../helpers/fixtures";
import { clearAllTables, snapshot } from "../helpers/lifecycle-fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

beforeEach(async () => {
  await clearAllTables();
  signInAs((await createAdmin()).id);
});

describe("assigning facilitators", () => {
  it("assigns at most two active facilitators per group", async () => {
    const g = await createGroup({ state: "PLANNED", slug: "tre-er-for-mange" });
    const [a, b, c] = [await createFacilitator(), await createFacilitator(), await createFacilitator()];
    expect(await assignFacilitator(g.id, { facilitatorId: a.facilitator.id })).toEqual({ ok: true, data: { warning: undefined } });
    expect(await assignFacilitator(g.id, { facilitatorId: b.facilitator.id })).toMatchObject({ ok: true });
    const before = await snapshot(g.id);
    expect(await assignFacilitator(g.id, { facilitatorId: c.facilitator.id })).toMatchObject({ ok: false, message: "Gruppen har allerede to igangsættere." });
    expect(await snapshot(g.id)).toEqual(before);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper/tre-er-for-mange", "/admin/igangsaettere"]));
  });

  it("refuses a facilitator without the course, an inactive one, and an ended or self-running group", async () => {
    const g = await createGroup({ state: "PLANNED" });
    const untrained = await createFacilitator({ courseCompletedAt: null });
    const inactive = await createFacilitator({ active: false });
    const ok = await createFacilitator();
    expect(await assignFacilitator(g.id, { facilitatorId: untrained.facilitator.id })).toMatchObject({ ok: false, message: /igangsætterkurset/ });
    expect(await assignFacilitator(g.id, { facilitatorId: inactive.facilitator.id })).toMatchObject({ ok: false, message: /ikke aktiv/ });
    for (const state of ["ENDED", "SELF_RUNNING"] as const) {
      const closed = await createGroup({ state });
      expect(await assignFacilitator(closed.id, { facilitatorId: ok.facilitator.id })).toMatchObject({ ok: false });
    }
    expect(await db.facilitatorAssignment.count()).toBe(0);
  });

  it("warns, but assigns, when the facilitator already carries the maximum number of groups", async () => {
    const f = await createFacilitator();
    for (let i = 0; i < 2; i++) await assignFixture((await createGroup({ state: "STARTING" })).id, f.facilitator.id);
    const g = await createGroup({ state: "PLANNED" });
    const r = await assignFacilitator(g.id, { facilitatorId: f.facilitator.id });
    expect(r).toEqual({ ok: true, data: { warning: expect.stringMatching(/3 grupper/) } });
    expect(await db.facilitatorAssignment.count({ where: { groupId: g.id } })).toBe(1);
  });

  it("releases an active assignment, warning when a start-up is left without facilitators", async () => {
    const g = await createGroup({ state: "STARTING" });
    const f = await createFacilitator();
    const a = await assignFixture(g.id, f.facilitator.id);
    expect(await releaseFacilitator(g.id, { assignmentId: a.id })).toEqual({ ok: true, data: { warning: expect.stringMatching(/ingen igangsættere/) } });
    expect((await db.facilitatorAssignment.findUniqueOrThrow({ where: { id: a.id } })).withdrawnAt).toBeInstanceOf(Date);
    expect(await releaseFacilitator(g.id, { assignmentId: a.id })).toMatchObject({ ok: false });
  });

  it("refuses facilitators and malformed input", async () => {
    const g = await createGroup({ state: "PLANNED" });
    const f = await createFacilitator();
    expect(await assignFacilitator(g.id, { facilitatorId: "" })).toMatchObject({ ok: false, fieldErrors: { facilitatorId: ["Vælg en igangsætter."] } });
    signInAs(f.user.id);
    await expect(assignFacilitator(g.id, { facilitatorId: f.facilitator.id })).rejects.toBeInstanceOf(AccessDenied);
    expect(await db.facilitatorAssignment.count()).toBe(0);
  });
});

describe("the facilitator registry", () => {
  it("lists load and free facilitators", async () => {
    const busy = await createFacilitator({ name: "Birgit Travl" });
    const free = await createFacilitator({ name: "Frida Fri" });
    await createFacilitator({ name: "Uden Kursus", courseCompletedAt: null });
    const handedOver = await createFacilitator({ name: "Hanne Overdraget" });
    await assignFixture((await createGroup({ state: "STARTING" })).id, busy.facilitator.id);
    await db.facilitatorAssignment.create({ data: { groupId: (await createGroup({ state: "SELF_RUNNING" })).id, facilitatorId: handedOver.facilitator.id, withdrawnAt: new Date() } });
    const all = await listFacilitators();
    expect(all.map((f) => [f.user.name, f.load])).toEqual([
      ["Birgit Travl", 1],
      ["Frida Fri", 0],
      ["Hanne Overdraget", 0],
      ["Uden Kursus", 0],
    ]);
    expect((await listFacilitators({ free: true })).map((f) => f.id).sort()).toEqual([free.facilitator.id, handedOver.facilitator.id].sort());
  });

  it("updates course date and active flag; refuses a future course date", async () => {
    const f = await createFacilitator({ courseCompletedAt: null });
    expect(await updateFacilitator(f.facilitator.id, { courseCompletedAt: "2099-01-01", active: true, phone: "" })).toMatchObject({
      ok: false,
      fieldErrors: { courseCompletedAt: ["Kursusdatoen kan ikke ligge i fremtiden."] },
    });
    expect(await updateFacilitator(f.facilitator.id, { courseCompletedAt: "2025-10-01", active: false, phone: "12 34 56 78" })).toEqual({ ok: true });
    expect(await db.facilitator.findUniqueOrThrow({ where: { id: f.facilitator.id } })).toMatchObject({
      courseCompletedAt: new Date("2025-10-01"),
      active: false,
      phone: "12 34 56 78",
    });
  });
});

describe("recording meetings", () => {
  const today = () => new Date().toISOString().slice(0, 10);

  it("lets the group's facilitator record a meeting with who attended", async () => {
    const g = await createGroup({ state: "STARTING" });
    const f = await createFacilitator();
    await assignFixture(g.id, f.facilitator.id);
    signInAs(f.user.id);
    expect(await recordMeeting(g.id, { heldOn: today(), participantsPresent: "6", facilitatorIds: [f.facilitator.id] })).toEqual({ ok: true });
    const m = await db.meeting.findFirstOrThrow({ include: { facilitators: true } });
    expect(m).toMatchObject({ participantsPresent: 6, recordedByUserId: f.user.id, facilitators: [{ facilitatorId: f.facilitator.id }] });
    expect(await recordMeeting(g.id, { heldOn: today(), participantsPresent: "6", facilitatorIds: [] })).toMatchObject({ ok: false, fieldErrors: { heldOn: expect.any(Array) } });
  });

  it("refuses facilitators who are not the group's, future dates, negative counts and groups not started", async () => {
    const g = await createGroup({ state: "STARTING" });
    const stranger = await createFacilitator();
    expect(await recordMeeting(g.id, { heldOn: today(), participantsPresent: "4", facilitatorIds: [stranger.facilitator.id] })).toMatchObject({
      ok: false,
      fieldErrors: { facilitatorIds: ["Vælg kun blandt gruppens igangsættere."] },
    });
    expect(await recordMeeting(g.id, { heldOn: "2099-01-01", participantsPresent: "-1", facilitatorIds: [] })).toMatchObject({
      ok: false,
      fieldErrors: { heldOn: ["Mødet kan ikke ligge i fremtiden."], participantsPresent: ["Antallet kan ikke være negativt."] },
    });
    const planned = await createGroup({ state: "PLANNED" });
    expect(await recordMeeting(planned.id, { heldOn: today(), participantsPresent: "4", facilitatorIds: [] })).toMatchObject({ ok: false });
    expect(await db.meeting.count()).toBe(0);
  });

  it("refuses the facilitator of another group", async () => {
    const a = await createGroup({ state: "STARTING" });
    const b = await createGroup({ state: "STARTING" });
    const f = await createFacilitator();
    await assignFixture(a.id, f.facilitator.id);
    signInAs(f.user.id);
    await expect(recordMeeting(b.id, { heldOn: today(), participantsPresent: "4", facilitatorIds: [] })).rejects.toBeInstanceOf(AccessDenied);
    expect(await db.meeting.count()).toBe(0);
  });
});

describe("deleting a mistaken meeting", () => {
  it("lets the group's facilitator delete its meeting, but not another group's", async () => {
    const a = await createGroup({ state: "STARTING" });
    const b = await createGroup({ state: "STARTING" });
    const f = await createFacilitator();
    await assignFixture(a.id, f.facilitator.id);
    const mine = await db.meeting.create({ data: { groupId: a.id, heldOn: new Date("2026-02-02"), participantsPresent: 5 } });
    const theirs = await db.meeting.create({ data: { groupId: b.id, heldOn: new Date("2026-02-02"), participantsPresent: 5 } });
    signInAs(f.user.id);
    await expect(deleteMeeting(b.id, { meetingId: theirs.id })).rejects.toBeInstanceOf(AccessDenied);
    // The other group's meeting cannot be reached through one's own group either.
    expect(await deleteMeeting(a.id, { meetingId: theirs.id })).toEqual({ ok: false, message: "Mødet findes ikke." });
    expect(await deleteMeeting(a.id, { meetingId: "" })).toMatchObject({ ok: false, fieldErrors: { meetingId: expect.any(Array) } });
    expect(await db.meeting.count()).toBe(2);
    expect(await deleteMeeting(a.id, { meetingId: mine.id })).toEqual({ ok: true });
    expect(await db.meeting.findMany({ select: { id: true } })).toEqual([{ id: theirs.id }]);
    expect(await db.auditEvent.count({ where: { action: "meeting.delete", entityId: mine.id } })).toBe(1);
  });

  it("refuses once the group has ended", async () => {
    const g = await createGroup({ state: "ENDED" });
    const m = await db.meeting.create({ data: { groupId: g.id, heldOn: new Date("2026-02-02"), participantsPresent: 5 } });
    expect(await deleteMeeting(g.id, { meetingId: m.id })).toMatchObject({ ok: false });
    expect(await db.meeting.count()).toBe(1);
  });
});

describe("concurrency", () => {
  it("never lets parallel assignments exceed two active facilitators", async () => {
    const g = await createGroup({ state: "PLANNED" });
    const fs = await Promise.all([1, 2, 3, 4].map(() => createFacilitator()));
    const results = await Promise.all(fs.map((f) => assignFacilitator(g.id, { facilitatorId: f.facilitator.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(await db.facilitatorAssignment.count({ where: { groupId: g.id, withdrawnAt: null } })).toBe(2);
  });
});
