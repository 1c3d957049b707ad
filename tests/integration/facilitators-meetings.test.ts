import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { assignFacilitator, releaseFacilitator, updateFacilitator } from "@/lib/facilitators/actions";
import { ASSIGNABLE_LIMIT, listAssignableFacilitators, listFacilitators } from "@/lib/facilitators/data";
import { ADMIN_PAGE_SIZE } from "@/lib/pagination";
import { deleteMeeting, recordMeeting } from "@/lib/meetings/actions";
import { actorOf, assignFacilitator as assignFixture, createAdmin, createFacilitator, createGroup } from "../helpers/fixtures";
import { clearAllTables, snapshot } from "../helpers/lifecycle-fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

let adminId: string;
beforeEach(async () => {
  await clearAllTables();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

describe("assigning facilitators", () => {
  it("assigns at most two active facilitators per group", async () => {
    const g = await createGroup({ state: "PLANNED", slug: "tre-er-for-mange" });
    const [a, b, c] = [await createFacilitator(), await createFacilitator(), await createFacilitator()];
    expect(await assignFacilitator({ groupId: g.id, facilitatorId: a.facilitator.id })).toEqual({ ok: true, data: { warning: undefined } });
    expect(await assignFacilitator({ groupId: g.id, facilitatorId: b.facilitator.id })).toMatchObject({ ok: true });
    const before = await snapshot(g.id);
    expect(await assignFacilitator({ groupId: g.id, facilitatorId: c.facilitator.id })).toMatchObject({
      ok: false,
      code: "GROUP_HAS_TWO",
      fieldErrors: { facilitatorId: ["Gruppen har allerede to igangsættere."] },
    });
    expect(await snapshot(g.id)).toEqual(before);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper", "/grupper/tre-er-for-mange", "/admin"]));
    expect(await db.auditEvent.count({ where: { action: "assignment.create", actorUserId: adminId } })).toBe(2);
  });

  it("refuses a facilitator without the course, an inactive one, and an ended or self-running group", async () => {
    const g = await createGroup({ state: "PLANNED" });
    const untrained = await createFacilitator({ courseCompletedAt: null });
    const inactive = await createFacilitator({ active: false });
    const ok = await createFacilitator();
    expect(await assignFacilitator({ groupId: g.id, facilitatorId: untrained.facilitator.id })).toMatchObject({
      ok: false,
      code: "NO_COURSE",
      fieldErrors: { facilitatorId: [expect.stringMatching(/igangsætterkurset/)] },
    });
    expect(await assignFacilitator({ groupId: g.id, facilitatorId: inactive.facilitator.id })).toMatchObject({
      ok: false,
      code: "FACILITATOR_INACTIVE",
      fieldErrors: { facilitatorId: ["Igangsætteren er ikke aktiv."] },
    });
    for (const [state, code] of [
      ["ENDED", "GROUP_ENDED"],
      ["SELF_RUNNING", "GROUP_SELF_RUNNING"],
    ] as const) {
      const closed = await createGroup({ state });
      expect(await assignFacilitator({ groupId: closed.id, facilitatorId: ok.facilitator.id })).toMatchObject({ ok: false, code });
    }
    expect(await assignFacilitator({ groupId: "findes-ikke", facilitatorId: ok.facilitator.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await assignFacilitator({ groupId: g.id, facilitatorId: "findes-ikke" })).toMatchObject({
      ok: false,
      code: "UNKNOWN_FACILITATOR",
      fieldErrors: { facilitatorId: ["Vælg en igangsætter."] },
    });
    expect(await db.facilitatorAssignment.count()).toBe(0);
  });

  it("warns, but assigns, when the facilitator already carries the maximum number of groups", async () => {
    const f = await createFacilitator();
    for (let i = 0; i < 2; i++) await assignFixture((await createGroup({ state: "STARTING" })).id, f.facilitator.id);
    const g = await createGroup({ state: "PLANNED" });
    const r = await assignFacilitator({ groupId: g.id, facilitatorId: f.facilitator.id });
    expect(r).toEqual({ ok: true, data: { warning: expect.stringMatching(/3 grupper/) } });
    expect(await db.facilitatorAssignment.count({ where: { groupId: g.id } })).toBe(1);
  });

  it("releases an active assignment, warning when a start-up is left without facilitators", async () => {
    const g = await createGroup({ state: "STARTING" });
    const f = await createFacilitator();
    const a = await assignFixture(g.id, f.facilitator.id);
    expect(await releaseFacilitator({ groupId: g.id, assignmentId: a.id })).toEqual({
      ok: true,
      data: { warning: expect.stringMatching(/ingen igangsættere/) },
    });
    expect((await db.facilitatorAssignment.findUniqueOrThrow({ where: { id: a.id } })).withdrawnAt).toBeInstanceOf(Date);
    expect(await releaseFacilitator({ groupId: g.id, assignmentId: a.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Tildelingen findes ikke eller er allerede afsluttet.",
    });
    expect(await db.auditEvent.count({ where: { action: "assignment.release", entityId: a.id } })).toBe(1);
  });

  it("releases only through the assignment's own group", async () => {
    const g = await createGroup({ state: "STARTING" });
    const other = await createGroup({ state: "STARTING" });
    const a = await assignFixture(g.id, (await createFacilitator()).facilitator.id);
    expect(await releaseFacilitator({ groupId: other.id, assignmentId: a.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await releaseFacilitator({ groupId: g.id, assignmentId: "" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { assignmentId: ["Mangler id."] },
    });
    expect((await db.facilitatorAssignment.findUniqueOrThrow({ where: { id: a.id } })).withdrawnAt).toBeNull();
  });

  it("refuses facilitators and malformed input", async () => {
    const g = await createGroup({ state: "PLANNED" });
    const f = await createFacilitator();
    expect(await assignFacilitator({ groupId: g.id, facilitatorId: "" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { facilitatorId: ["Vælg en igangsætter."] },
    });
    signInAs(f.user.id);
    expect(await assignFacilitator({ groupId: g.id, facilitatorId: f.facilitator.id })).toMatchObject({ ok: false, code: "DENIED" });
    signInAs(null);
    expect(await assignFacilitator({ groupId: g.id, facilitatorId: f.facilitator.id })).toMatchObject({ ok: false, code: "SIGNED_OUT" });
    expect(await db.facilitatorAssignment.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("the facilitator registry", () => {
  it("lists load and free facilitators", async () => {
    const busy = await createFacilitator({ name: "Birgit Travl" });
    const free = await createFacilitator({ name: "Frida Fri" });
    await createFacilitator({ name: "Uden Kursus", courseCompletedAt: null });
    const handedOver = await createFacilitator({ name: "Hanne Overdraget" });
    await assignFixture((await createGroup({ state: "STARTING" })).id, busy.facilitator.id);
    await db.facilitatorAssignment.create({
      data: { groupId: (await createGroup({ state: "SELF_RUNNING" })).id, facilitatorId: handedOver.facilitator.id, withdrawnAt: new Date() },
    });
    const admin = await actorOf(adminId);
    const all = (await listFacilitators(admin)).rows;
    expect(all.map((f) => [f.user.name, f.load])).toEqual([
      ["Birgit Travl", 1],
      ["Frida Fri", 0],
      ["Hanne Overdraget", 0],
      ["Uden Kursus", 0],
    ]);
    expect((await listFacilitators(admin, { free: true })).rows.map((f) => f.id).sort()).toEqual(
      [free.facilitator.id, handedOver.facilitator.id].sort(),
    );
  });

  it("pages the registry, and offers a group at most 50 assignable facilitators, narrowed by a Danish name search", async () => {
    const group = await createGroup({ state: "STARTING" });
    const names = Array.from({ length: ASSIGNABLE_LIMIT + 5 }, (_, i) => `Igangsætter ${String(i).padStart(2, "0")}`);
    const made = [];
    for (const name of names) made.push(await createFacilitator({ name }));
    await createFacilitator({ name: "Øjvind Ærlig" });
    await createFacilitator({ name: "Uden Kursus", courseCompletedAt: null });
    await assignFixture(group.id, made[0].facilitator.id);
    const admin = await actorOf(adminId);

    const first = await listFacilitators(admin, { page: 1 });
    const second = await listFacilitators(admin, { page: 2 });
    expect([first.rows.length, first.hasNext, second.rows.length, second.hasNext]).toEqual([
      ADMIN_PAGE_SIZE,
      true,
      names.length + 2 - ADMIN_PAGE_SIZE,
      false,
    ]);
    expect(first.rows[0]).toMatchObject({ user: { name: names[0] }, load: 1 });

    const offered = await listAssignableFacilitators(admin, group.id);
    expect([offered.rows.length, offered.more]).toEqual([ASSIGNABLE_LIMIT, true]);
    // Already on the group, or without the course: never offered.
    expect(offered.rows.map((f) => f.id)).not.toContain(made[0].facilitator.id);
    expect((await listAssignableFacilitators(admin, group.id, "kursus")).rows).toEqual([]);
    expect(await listAssignableFacilitators(admin, group.id, "ØJVIND")).toEqual({
      rows: [{ id: expect.any(String), name: "Øjvind Ærlig", load: 0 }],
      more: false,
    });
    expect((await listAssignableFacilitators(admin, group.id, "ætter 5")).rows.map((f) => f.name)).toEqual(
      names.filter((n) => n.includes("ætter 5")),
    );
  });

  it("updates course date and active flag; refuses a future course date", async () => {
    const f = await createFacilitator({ courseCompletedAt: null });
    expect(await updateFacilitator({ facilitatorId: f.facilitator.id, courseCompletedAt: "2099-01-01", active: true, phone: "" })).toMatchObject({
      ok: false,
      fieldErrors: { courseCompletedAt: ["Kursusdatoen kan ikke ligge i fremtiden."] },
    });
    expect(
      await updateFacilitator({ facilitatorId: f.facilitator.id, courseCompletedAt: "2025-10-01", active: false, phone: "12 34 56 78" }),
    ).toEqual({ ok: true });
    expect(await db.facilitator.findUniqueOrThrow({ where: { id: f.facilitator.id } })).toMatchObject({
      courseCompletedAt: new Date("2025-10-01"),
      active: false,
      phone: "12 34 56 78",
    });
    expect(await db.auditEvent.count({ where: { action: "facilitator.update", entityId: f.facilitator.id, actorUserId: adminId } })).toBe(1);
  });

  it("checks the course date against today when the form is sent, not when the server started", async () => {
    const f = await createFacilitator({ courseCompletedAt: null });
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2030-06-01T12:00:00Z"));
      expect(await updateFacilitator({ facilitatorId: f.facilitator.id, courseCompletedAt: "2030-05-31", active: true, phone: "" })).toEqual({
        ok: true,
      });
      vi.setSystemTime(new Date("2030-05-01T12:00:00Z"));
      expect(await updateFacilitator({ facilitatorId: f.facilitator.id, courseCompletedAt: "2030-05-31", active: true, phone: "" })).toMatchObject({
        ok: false,
        fieldErrors: { courseCompletedAt: ["Kursusdatoen kan ikke ligge i fremtiden."] },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses malformed fields, an unknown facilitator and a facilitator editing themselves", async () => {
    const f = await createFacilitator({ courseCompletedAt: null });
    expect(await updateFacilitator({ facilitatorId: f.facilitator.id, courseCompletedAt: "2025-02-29", active: "ja", phone: "12" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        courseCompletedAt: ["Skriv en gyldig dato."],
        active: ["Feltet har en ugyldig værdi."],
        phone: ["Skriv et telefonnummer med 8 cifre, fx 12 34 56 78."],
      },
    });
    expect(await updateFacilitator({ facilitatorId: "findes-ikke", courseCompletedAt: "", active: true, phone: "" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Igangsætteren findes ikke.",
    });
    signInAs(f.user.id);
    expect(await updateFacilitator({ facilitatorId: f.facilitator.id, courseCompletedAt: "2025-01-01", active: true, phone: "" })).toMatchObject({
      ok: false,
      code: "DENIED",
    });
    expect((await db.facilitator.findUniqueOrThrow({ where: { id: f.facilitator.id } })).courseCompletedAt).toBeNull();
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("recording meetings", () => {
  const today = () => new Date().toISOString().slice(0, 10);

  it("lets the group's facilitator record a meeting with who attended", async () => {
    const g = await createGroup({ state: "STARTING" });
    const f = await createFacilitator();
    await assignFixture(g.id, f.facilitator.id);
    signInAs(f.user.id);
    expect(await recordMeeting({ groupId: g.id, heldOn: today(), participantsPresent: "6", facilitatorIds: [f.facilitator.id] })).toEqual({
      ok: true,
    });
    const m = await db.meeting.findFirstOrThrow({ include: { facilitators: true } });
    expect(m).toMatchObject({ participantsPresent: 6, recordedByUserId: f.user.id, facilitators: [{ facilitatorId: f.facilitator.id }] });
    expect(await recordMeeting({ groupId: g.id, heldOn: today(), participantsPresent: "6", facilitatorIds: [] })).toMatchObject({
      ok: false,
      code: "DAY_TAKEN",
      fieldErrors: { heldOn: ["Der er allerede registreret et møde den dag."] },
    });
    expect(await db.auditEvent.count({ where: { action: "meeting.create", actorUserId: f.user.id } })).toBe(1);
  });

  it("refuses facilitators who are not the group's, future dates, negative counts and groups not started", async () => {
    const g = await createGroup({ state: "STARTING" });
    const stranger = await createFacilitator();
    expect(
      await recordMeeting({ groupId: g.id, heldOn: today(), participantsPresent: "4", facilitatorIds: [stranger.facilitator.id] }),
    ).toMatchObject({
      ok: false,
      code: "NOT_THE_GROUPS_FACILITATOR",
      fieldErrors: { facilitatorIds: ["Vælg kun blandt gruppens igangsættere."] },
    });
    expect(await recordMeeting({ groupId: g.id, heldOn: "2099-01-01", participantsPresent: "-1", facilitatorIds: [] })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { heldOn: ["Mødet kan ikke ligge i fremtiden."], participantsPresent: ["Antallet kan ikke være negativt."] },
    });
    // An empty count is an error, never 0; a day that does not exist is no date.
    expect(await recordMeeting({ groupId: g.id, heldOn: "2026-02-30", participantsPresent: "", facilitatorIds: [] })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { heldOn: ["Skriv mødets dato."], participantsPresent: ["Skriv antal fremmødte deltagere."] },
    });
    const planned = await createGroup({ state: "PLANNED" });
    expect(await recordMeeting({ groupId: planned.id, heldOn: today(), participantsPresent: "4", facilitatorIds: [] })).toMatchObject({
      ok: false,
      code: "NOT_STARTED",
      message: "Møder registreres, når gruppen er startet.",
    });
    const ended = await createGroup({ state: "ENDED" });
    expect(await recordMeeting({ groupId: ended.id, heldOn: today(), participantsPresent: "4", facilitatorIds: [] })).toMatchObject({
      ok: false,
      code: "GROUP_ENDED",
    });
    expect(await db.meeting.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses a meeting dated before the group started, and takes one on the start day", async () => {
    const g = await createGroup({ state: "STARTING" });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await db.group.update({ where: { id: g.id }, data: { startDate: new Date(`${day(-10)}T12:00:00Z`) } });
    expect(await recordMeeting({ groupId: g.id, heldOn: day(-11), participantsPresent: "4", facilitatorIds: [] })).toMatchObject({
      ok: false,
      code: "BEFORE_START",
      fieldErrors: { heldOn: ["Mødet kan ikke ligge før gruppens startdato."] },
    });
    expect(await db.meeting.count()).toBe(0);
    expect(await recordMeeting({ groupId: g.id, heldOn: day(-10), participantsPresent: "4", facilitatorIds: [] })).toEqual({ ok: true });
  });

  it("refuses the facilitator of another group", async () => {
    const a = await createGroup({ state: "STARTING" });
    const b = await createGroup({ state: "STARTING" });
    const f = await createFacilitator();
    await assignFixture(a.id, f.facilitator.id);
    signInAs(f.user.id);
    expect(await recordMeeting({ groupId: b.id, heldOn: today(), participantsPresent: "4", facilitatorIds: [] })).toMatchObject({
      ok: false,
      code: "DENIED",
    });
    signInAs(null);
    expect(await recordMeeting({ groupId: a.id, heldOn: today(), participantsPresent: "4", facilitatorIds: [] })).toMatchObject({
      ok: false,
      code: "SIGNED_OUT",
    });
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
    expect(await deleteMeeting({ groupId: b.id, meetingId: theirs.id })).toMatchObject({ ok: false, code: "DENIED" });
    // The other group's meeting cannot be reached through one's own group either.
    expect(await deleteMeeting({ groupId: a.id, meetingId: theirs.id })).toEqual({ ok: false, code: "NOT_FOUND", message: "Mødet findes ikke." });
    expect(await deleteMeeting({ groupId: a.id, meetingId: "" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { meetingId: ["Mangler id."] },
    });
    expect(await db.meeting.count()).toBe(2);
    expect(await deleteMeeting({ groupId: a.id, meetingId: mine.id })).toEqual({ ok: true });
    expect(await db.meeting.findMany({ select: { id: true } })).toEqual([{ id: theirs.id }]);
    expect(await db.auditEvent.count({ where: { action: "meeting.delete", entityId: mine.id } })).toBe(1);
  });

  it("refuses once the group has ended", async () => {
    const g = await createGroup({ state: "ENDED" });
    const m = await db.meeting.create({ data: { groupId: g.id, heldOn: new Date("2026-02-02"), participantsPresent: 5 } });
    expect(await deleteMeeting({ groupId: g.id, meetingId: m.id })).toMatchObject({ ok: false, code: "GROUP_ENDED" });
    expect(await db.meeting.count()).toBe(1);
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("concurrency", () => {
  it("never lets parallel assignments exceed two active facilitators", async () => {
    const g = await createGroup({ state: "PLANNED" });
    const fs = await Promise.all([1, 2, 3, 4].map(() => createFacilitator()));
    const results = await Promise.all(fs.map((f) => assignFacilitator({ groupId: g.id, facilitatorId: f.facilitator.id })));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(await db.facilitatorAssignment.count({ where: { groupId: g.id, withdrawnAt: null } })).toBe(2);
  });
});
