import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createGroup, updateGroup, updateGroupDecisions, updateGroupReadiness } from "@/lib/groups/actions";
import { listGroupsForAdmin } from "@/lib/groups/data";
import { getGroupOverviewForFacilitator, listGroupsForFacilitator } from "@/lib/groups/view-data";
import { AccessDenied } from "@/lib/auth/session";
import { assignFacilitator, createAdmin, createFacilitator, createGroup as groupFixture } from "../helpers/fixtures";
import { addParticipant, clearAllTables, snapshot } from "../helpers/lifecycle-fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";
import { validGroupInput } from "./authorization/groups.rows";

let adminId: string;
beforeEach(async () => {
  await clearAllTables();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

describe("createGroup", () => {
  it("creates a planned group with a Danish slug, unique on a second group of the same name", async () => {
    const input = { ...validGroupInput, name: "Pårørende til syge – Ærø" };
    const first = await createGroup(input);
    const second = await createGroup(input);
    expect(first.ok && second.ok).toBe(true);
    const groups = await db.group.findMany({ orderBy: { createdAt: "asc" }, select: { slug: true, state: true, weekday: true, capacity: true } });
    expect(groups).toEqual([
      { slug: "paaroerende-til-syge-aeroe", state: "PLANNED", weekday: 2, capacity: 8 },
      { slug: "paaroerende-til-syge-aeroe-2", state: "PLANNED", weekday: 2, capacity: 8 },
    ]);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper", "/grupper/paaroerende-til-syge-aeroe"]));
    expect(await db.groupStateChange.count({ where: { toState: "PLANNED" } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "group.create", actorUserId: adminId } })).toBe(2);
  });

  it("answers malformed input with a Danish message per field and writes nothing", async () => {
    const result = await createGroup({ ...validGroupInput, name: "x", topic: "CATS", weekday: "9", startTime: "25:00", capacity: "0", durationMinutes: "abc", description: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["capacity", "description", "durationMinutes", "name", "startTime", "topic", "weekday"]);
    expect(result.fieldErrors?.startTime).toEqual(["Skriv tidspunktet som TT:MM, fx 19:00."]);
    expect(await db.group.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("updateGroup", () => {
  it("changes every field, keeps the slug and revalidates the public page", async () => {
    const g = await groupFixture({ slug: "fast-slug" });
    const result = await updateGroup(g.id, {
      ...validGroupInput,
      name: "Nyt navn",
      topic: "LONELINESS",
      ageBand: "ELDERLY",
      description: "En helt ny beskrivelse af gruppen og dens formål.",
      cadence: "WEEKLY",
      weekday: "5",
      startTime: "10:30",
      durationMinutes: "90",
      place: "Biblioteket",
      capacity: "6",
      openForNewcomers: false,
      plannedEndDate: "2027-06-30",
    });
    expect(result).toEqual({ ok: true });
    expect(await db.group.findUniqueOrThrow({ where: { id: g.id } })).toMatchObject({
      slug: "fast-slug",
      name: "Nyt navn",
      topic: "LONELINESS",
      ageBand: "ELDERLY",
      cadence: "WEEKLY",
      weekday: 5,
      startTime: "10:30",
      durationMinutes: 90,
      place: "Biblioteket",
      capacity: 6,
      openForNewcomers: false,
      plannedEndDate: new Date("2027-06-30"),
    });
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper", "/grupper/fast-slug"]));
  });

  it("refuses to reopen an ended group to newcomers", async () => {
    const g = await groupFixture({ state: "ENDED", openForNewcomers: false });
    const before = await snapshot(g.id);
    const r = await updateGroup(g.id, { ...validGroupInput, openForNewcomers: true });
    expect(r).toMatchObject({ ok: false, fieldErrors: { openForNewcomers: [expect.any(String)] } });
    expect(await snapshot(g.id)).toEqual(before);
  });
});

describe("the group's own decisions", () => {
  it("lets the group's facilitator change them, recorded as a generated history line", async () => {
    const g = await groupFixture({ slug: "min-gruppe", cadence: "BIWEEKLY", weekday: 2 });
    const f = await createFacilitator();
    await assignFacilitator(g.id, f.facilitator.id);
    signInAs(f.user.id);
    const r = await updateGroupDecisions(g.id, { cadence: "WEEKLY", weekday: "2", startTime: "19:00", openForNewcomers: false, plannedEndDate: "" });
    expect(r).toEqual({ ok: true });
    const h = await db.groupStateChange.findFirstOrThrow({ where: { groupId: g.id } });
    expect(h).toMatchObject({ kind: "DECISION", reason: "Mødefrekvens: hver uge. Lukket for nye deltagere", actorUserId: f.user.id, fromState: null, toState: null });
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper", "/grupper/min-gruppe"]));
  });

  it("writes no history when nothing changed", async () => {
    const g = await groupFixture({ cadence: "BIWEEKLY", weekday: 2 });
    expect(await updateGroupDecisions(g.id, { cadence: "BIWEEKLY", weekday: 2, startTime: "19:00", openForNewcomers: true, plannedEndDate: null })).toEqual({ ok: true });
    expect(await db.groupStateChange.count()).toBe(0);
  });

  it("refuses a facilitator of another group, and a former facilitator", async () => {
    const a = await groupFixture();
    const b = await groupFixture();
    const f = await createFacilitator();
    await assignFacilitator(a.id, f.facilitator.id);
    signInAs(f.user.id);
    const input = { cadence: "WEEKLY", weekday: "1", startTime: "", openForNewcomers: false, plannedEndDate: "" };
    await expect(updateGroupDecisions(b.id, input)).rejects.toBeInstanceOf(AccessDenied);
    await db.facilitatorAssignment.updateMany({ data: { withdrawnAt: new Date() } });
    await expect(updateGroupDecisions(a.id, input)).rejects.toBeInstanceOf(AccessDenied);
    expect(await db.groupStateChange.count()).toBe(0);
  });

  it("refuses malformed input with field errors, and an ended group", async () => {
    const g = await groupFixture();
    const before = await snapshot(g.id);
    const r = await updateGroupDecisions(g.id, { cadence: "DAILY", weekday: "0", startTime: "7", openForNewcomers: true, plannedEndDate: "ikke en dato" });
    expect(r).toMatchObject({ ok: false, fieldErrors: { cadence: expect.any(Array), weekday: expect.any(Array), startTime: expect.any(Array), plannedEndDate: expect.any(Array) } });
    expect(await snapshot(g.id)).toEqual(before);
    const ended = await groupFixture({ state: "ENDED" });
    expect(await updateGroupDecisions(ended.id, { cadence: "WEEKLY", weekday: "", startTime: "", openForNewcomers: false, plannedEndDate: "" })).toMatchObject({ ok: false });
  });
});

describe("readiness", () => {
  it("accepts a contact person among the group's active participants only", async () => {
    const g = await groupFixture();
    const other = await groupFixture();
    const mine = await addParticipant(g.id);
    const stranger = await addParticipant(other.id);
    const before = await snapshot(g.id);
    const r = await updateGroupReadiness(g.id, { rhythmAgreed: true, groundRulesAgreed: true, contactParticipationId: stranger.id });
    expect(r).toMatchObject({ ok: false, fieldErrors: { contactParticipationId: ["Vælg en af gruppens deltagere som kontaktperson."] } });
    expect(await snapshot(g.id)).toEqual(before);
    expect(await updateGroupReadiness(g.id, { rhythmAgreed: true, groundRulesAgreed: "on", contactParticipationId: mine.id })).toEqual({ ok: true });
    expect(await db.group.findUniqueOrThrow({ where: { id: g.id } })).toMatchObject({ rhythmAgreed: true, groundRulesAgreed: true, contactParticipationId: mine.id });
  });
});

describe("reads", () => {
  it("filters the admin list by state and topic", async () => {
    await groupFixture({ name: "A", state: "PLANNED", topic: "GRIEF" });
    await groupFixture({ name: "B", state: "STARTING", topic: "GRIEF" });
    await groupFixture({ name: "C", state: "STARTING", topic: "DIVORCE" });
    expect((await listGroupsForAdmin({ state: "STARTING" })).map((g) => g.name)).toEqual(["B", "C"]);
    expect((await listGroupsForAdmin({ state: "STARTING", topic: "DIVORCE" })).map((g) => g.name)).toEqual(["C"]);
    expect(await listGroupsForAdmin({})).toHaveLength(3);
  });

  it("shows a facilitator only their own groups: first names and contact for active ones, nothing for former", async () => {
    const a = await groupFixture({ name: "Aktiv" });
    const old = await groupFixture({ name: "Tidligere" });
    const other = await groupFixture({ name: "Andres" });
    const f = await createFacilitator();
    await assignFacilitator(a.id, f.facilitator.id);
    await db.facilitatorAssignment.create({ data: { groupId: old.id, facilitatorId: f.facilitator.id, withdrawnAt: new Date() } });
    await addParticipant(a.id, "Mette Sofie Hansen", "22334455");
    await addParticipant(old.id, "Ole Olsen");

    expect((await listGroupsForFacilitator(f.facilitator.id)).map((x) => [x.group.name, x.active]).sort()).toEqual([["Aktiv", true], ["Tidligere", false]]);
    const view = await getGroupOverviewForFacilitator(a.id, f.facilitator.id);
    expect(view?.active && view.participants).toEqual([{ id: expect.any(String), firstName: "Mette", email: expect.stringContaining("@"), phone: "22334455" }]);
    const former = await getGroupOverviewForFacilitator(old.id, f.facilitator.id);
    expect(former).toEqual({ active: false, group: expect.objectContaining({ name: "Tidligere" }) });
    expect(JSON.stringify(former)).not.toContain("Ole");
    expect(await getGroupOverviewForFacilitator(other.id, f.facilitator.id)).toBeNull();
  });
});
