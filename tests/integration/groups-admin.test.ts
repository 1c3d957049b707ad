import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createGroup, updateGroup, updateGroupDecisions, updateGroupReadiness } from "@/lib/groups/actions";
import { listGroupsForAdmin } from "@/lib/groups/data";
import { getGroupOverviewForAdmin, getGroupOverviewForFacilitator, listGroupsForFacilitator } from "@/lib/groups/view-data";
import { groupSearchColumns } from "@/lib/groups/search";
import { ADMIN_PAGE_SIZE } from "@/lib/pagination";
import { actorOf, assignFacilitator, createAdmin, createFacilitator, createGroup as groupFixture } from "../helpers/fixtures";
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
  it("four groups of one name created at the same moment get four different slugs, none refused", async () => {
    const input = { ...validGroupInput, name: "Sorg og savn" };
    const results = await Promise.all(Array.from({ length: 4 }, () => createGroup(input)));
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    const slugs = (await db.group.findMany({ select: { slug: true } })).map((g) => g.slug).sort();
    expect(slugs).toEqual(["sorg-og-savn", "sorg-og-savn-2", "sorg-og-savn-3", "sorg-og-savn-4"]);
  });

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
    // What the catalogue searches and sorts by is stored with the group (lib/groups/search.ts).
    expect(await db.group.findFirstOrThrow({ select: { searchText: true, sortKey: true } })).toEqual(
      groupSearchColumns({ name: input.name, description: input.description, place: "udendørs Ved P-pladsen ved Fuglsang Sø" }),
    );
    expect((await db.group.findFirstOrThrow({ select: { sortKey: true } })).sortKey).toBe("pγrβrende til syge αrβ");
  });

  it("answers malformed input with a Danish message per field and writes nothing", async () => {
    const result = await createGroup({
      ...validGroupInput,
      name: "x",
      topic: "katte?",
      weekday: "9",
      startTime: "25:00",
      capacity: "0",
      durationMinutes: "abc",
      description: "",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("INVALID");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "capacity",
      "description",
      "durationMinutes",
      "name",
      "startTime",
      "topic",
      "weekday",
    ]);
    expect(result.fieldErrors?.startTime).toEqual(["Skriv tidspunktet som TT:MM, fx 19:00."]);
    expect(result.fieldErrors?.capacity).toEqual(["En gruppe har mindst 2 pladser."]);
    expect(await db.group.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it.each([
    [{ capacity: "" }, "capacity", "Skriv antal pladser."],
    [{ durationMinutes: "" }, "durationMinutes", expect.stringMatching(/minutter/)],
    [{ startDate: "2026-02-30" }, "startDate", "Skriv en gyldig dato."],
    [{ plannedEndDate: "31-12-2026" }, "plannedEndDate", "Skriv en gyldig dato."],
    [{ openForNewcomers: "måske" }, "openForNewcomers", expect.stringMatching(/ugyldig/)],
    [{ name: "Sorg\u202Egruppe" }, "name", expect.stringMatching(/tegn/)],
  ])("refuses %j (never an empty number or a loose date) and writes nothing", async (bad, field, message) => {
    const result = await createGroup({ ...validGroupInput, ...bad });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { [field]: [message] } });
    expect(await db.group.count()).toBe(0);
  });

  it("refuses an anonymous caller and a facilitator", async () => {
    signInAs(null);
    expect(await createGroup(validGroupInput)).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    const f = await createFacilitator();
    signInAs(f.user.id);
    expect(await createGroup(validGroupInput)).toMatchObject({ ok: false, code: "DENIED" });
    expect(await db.group.count()).toBe(0);
  });
});

describe("updateGroup", () => {
  it("changes every field, keeps the slug and revalidates the public page", async () => {
    const g = await groupFixture({ slug: "fast-slug" });
    const result = await updateGroup({
      groupId: g.id,
      ...validGroupInput,
      name: "Nyt navn",
      topic: "LONELINESS",
      ageBand: "ELDERLY",
      description: "En helt ny beskrivelse af gruppen og dens formål.",
      cadence: "WEEKLY",
      weekday: "5",
      startTime: "10:30",
      durationMinutes: "90",
      meetingPoint: "Ved biblioteket",
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
      format: "OUTDOORS",
      meetingPoint: "Ved biblioteket",
      capacity: 6,
      openForNewcomers: false,
      plannedEndDate: new Date("2027-06-30"),
    });
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper", "/grupper/fast-slug"]));
    // The stored search text and sort key follow the new name, description and place.
    expect(await db.group.findUniqueOrThrow({ where: { id: g.id }, select: { searchText: true, sortKey: true } })).toEqual({
      searchText: "nyt navn en helt ny beskrivelse af gruppen og dens formål udendørs ved biblioteket",
      sortKey: "nyt navn",
    });
  });

  it("refuses to reopen an ended group to newcomers", async () => {
    const g = await groupFixture({ state: "ENDED", openForNewcomers: false });
    const before = await snapshot(g.id);
    const r = await updateGroup({ groupId: g.id, ...validGroupInput, openForNewcomers: true });
    expect(r).toMatchObject({
      ok: false,
      code: "ENDED_GROUP_OPEN",
      fieldErrors: { openForNewcomers: ["En afsluttet gruppe kan ikke være åben for nye deltagere."] },
    });
    expect(await snapshot(g.id)).toEqual(before);
  });

  it("answers an unknown group calmly, and refuses a facilitator", async () => {
    expect(await updateGroup({ groupId: "findes-ikke", ...validGroupInput })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Gruppen findes ikke.",
    });
    const g = await groupFixture();
    const f = await createFacilitator();
    await assignFacilitator(g.id, f.facilitator.id);
    const before = await snapshot(g.id);
    signInAs(f.user.id);
    expect(await updateGroup({ groupId: g.id, ...validGroupInput })).toMatchObject({ ok: false, code: "DENIED" });
    expect(await snapshot(g.id)).toEqual(before);
  });
});

describe("the group's own decisions", () => {
  it("lets the group's facilitator change them, recorded as a generated history line", async () => {
    const g = await groupFixture({ slug: "min-gruppe", cadence: "BIWEEKLY", weekday: 2 });
    const f = await createFacilitator();
    await assignFacilitator(g.id, f.facilitator.id);
    signInAs(f.user.id);
    const r = await updateGroupDecisions({
      groupId: g.id,
      cadence: "WEEKLY",
      weekday: "2",
      startTime: "19:00",
      openForNewcomers: false,
      plannedEndDate: "",
    });
    expect(r).toEqual({ ok: true });
    expect(await db.auditEvent.findFirst({ where: { action: "group.decisions", entityId: g.id } })).toMatchObject({
      actorUserId: f.user.id,
      details: JSON.stringify({ changes: 2 }),
    });
    const h = await db.groupStateChange.findFirstOrThrow({ where: { groupId: g.id } });
    expect(h).toMatchObject({
      kind: "DECISION",
      reason: "Mødefrekvens: hver uge. Lukket for nye deltagere",
      actorUserId: f.user.id,
      fromState: null,
      toState: null,
    });
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper", "/grupper/min-gruppe"]));
  });

  it("writes no history when nothing changed", async () => {
    const g = await groupFixture({ cadence: "BIWEEKLY", weekday: 2 });
    expect(
      await updateGroupDecisions({
        groupId: g.id,
        cadence: "BIWEEKLY",
        weekday: 2,
        startTime: "19:00",
        openForNewcomers: true,
        plannedEndDate: null,
      }),
    ).toEqual({ ok: true });
    expect(await db.groupStateChange.count()).toBe(0);
  });

  it("refuses a facilitator of another group, and a former facilitator", async () => {
    const a = await groupFixture();
    const b = await groupFixture();
    const f = await createFacilitator();
    await assignFacilitator(a.id, f.facilitator.id);
    signInAs(f.user.id);
    const input = { cadence: "WEEKLY", weekday: "1", startTime: "", openForNewcomers: false, plannedEndDate: "" };
    expect(await updateGroupDecisions({ groupId: b.id, ...input })).toMatchObject({ ok: false, code: "DENIED" });
    await db.facilitatorAssignment.updateMany({ data: { withdrawnAt: new Date() } });
    expect(await updateGroupDecisions({ groupId: a.id, ...input })).toMatchObject({ ok: false, code: "DENIED" });
    signInAs(null);
    expect(await updateGroupDecisions({ groupId: a.id, ...input })).toMatchObject({ ok: false, code: "SIGNED_OUT" });
    expect(await db.groupStateChange.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses malformed input with field errors, and an ended group", async () => {
    const g = await groupFixture();
    const before = await snapshot(g.id);
    const r = await updateGroupDecisions({
      groupId: g.id,
      cadence: "DAILY",
      weekday: "0",
      startTime: "7",
      openForNewcomers: true,
      plannedEndDate: "ikke en dato",
    });
    expect(r).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        cadence: ["Vælg hvor ofte gruppen mødes."],
        weekday: ["Vælg en ugedag."],
        startTime: ["Skriv tidspunktet som TT:MM, fx 19:00."],
        plannedEndDate: ["Skriv en gyldig dato."],
      },
    });
    expect(await snapshot(g.id)).toEqual(before);
    const ended = await groupFixture({ state: "ENDED" });
    const endedBefore = await snapshot(ended.id);
    expect(
      await updateGroupDecisions({ groupId: ended.id, cadence: "WEEKLY", weekday: "", startTime: "", openForNewcomers: false, plannedEndDate: "" }),
    ).toMatchObject({
      ok: false,
      code: "GROUP_ENDED",
      message: "Gruppen er afsluttet. Dens aftaler kan ikke ændres.",
    });
    expect(await snapshot(ended.id)).toEqual(endedBefore);
  });
});

describe("readiness", () => {
  it("accepts a contact person among the group's active participants only", async () => {
    const g = await groupFixture();
    const other = await groupFixture();
    const mine = await addParticipant(g.id);
    const stranger = await addParticipant(other.id);
    const before = await snapshot(g.id);
    const r = await updateGroupReadiness({ groupId: g.id, rhythmAgreed: true, groundRulesAgreed: true, contactParticipationId: stranger.id });
    expect(r).toMatchObject({
      ok: false,
      code: "UNKNOWN_CONTACT",
      fieldErrors: { contactParticipationId: ["Vælg en af gruppens deltagere som kontaktperson."] },
    });
    expect(await snapshot(g.id)).toEqual(before);
    expect(await updateGroupReadiness({ groupId: g.id, rhythmAgreed: true, groundRulesAgreed: "on", contactParticipationId: mine.id })).toEqual({
      ok: true,
    });
    expect(await db.group.findUniqueOrThrow({ where: { id: g.id } })).toMatchObject({
      rhythmAgreed: true,
      groundRulesAgreed: true,
      contactParticipationId: mine.id,
    });
    expect(await db.auditEvent.count({ where: { action: "group.readiness", entityId: g.id, actorUserId: adminId } })).toBe(1);
  });

  it("refuses a malformed checkbox, an ended group and the facilitator of another group, writing nothing", async () => {
    const g = await groupFixture();
    const before = await snapshot(g.id);
    expect(await updateGroupReadiness({ groupId: g.id, rhythmAgreed: "ja", groundRulesAgreed: false, contactParticipationId: "" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { rhythmAgreed: ["Feltet har en ugyldig værdi."] },
    });
    const ended = await groupFixture({ state: "ENDED" });
    expect(await updateGroupReadiness({ groupId: ended.id, rhythmAgreed: true, groundRulesAgreed: true, contactParticipationId: "" })).toMatchObject({
      ok: false,
      code: "GROUP_ENDED",
    });
    const other = await groupFixture();
    const f = await createFacilitator();
    await assignFacilitator(other.id, f.facilitator.id);
    signInAs(f.user.id);
    expect(await updateGroupReadiness({ groupId: g.id, rhythmAgreed: true, groundRulesAgreed: true, contactParticipationId: "" })).toMatchObject({
      ok: false,
      code: "DENIED",
    });
    expect(await snapshot(g.id)).toEqual(before);
  });
});

describe("reads", () => {
  it("filters the admin list by state and topic", async () => {
    await groupFixture({ name: "A", state: "PLANNED", topic: "GRIEF" });
    await groupFixture({ name: "B", state: "STARTING", topic: "GRIEF" });
    await groupFixture({ name: "C", state: "STARTING", topic: "DIVORCE" });
    const admin = await actorOf(adminId);
    expect((await listGroupsForAdmin(admin, { state: "STARTING" })).rows.map((g) => g.name)).toEqual(["B", "C"]);
    expect((await listGroupsForAdmin(admin, { state: "STARTING", topic: "DIVORCE" })).rows.map((g) => g.name)).toEqual(["C"]);
    expect(await listGroupsForAdmin(admin, {})).toMatchObject({ total: 3, hasNext: false, rows: [{}, {}, {}] });
  });

  it("pages the admin list in Danish name order and counts participants and facilitators for the groups shown", async () => {
    const names = Array.from({ length: ADMIN_PAGE_SIZE + 2 }, (_, i) => `Gruppe ${String(i).padStart(2, "0")}`);
    await db.group.createMany({
      data: names.map((name, i) => {
        const text = { name, description: "En gruppe.", place: "Herning" };
        return { name, description: text.description, ...groupSearchColumns(text), slug: `side-${i}`, topic: "GRIEF", ageBand: "ADULTS" };
      }),
    });
    const last = await groupFixture({ name: "Ældre i sorg" });
    await addParticipant(last.id, "Mette Hansen");
    await addParticipant(last.id, "Ole Olsen");
    await db.participation.updateMany({ where: { groupId: last.id, member: { name: "Ole Olsen" } }, data: { leftAt: new Date() } });
    const f = await createFacilitator();
    await assignFacilitator(last.id, f.facilitator.id);

    const admin = await actorOf(adminId);
    const first = await listGroupsForAdmin(admin, {}, 1);
    const second = await listGroupsForAdmin(admin, {}, 2);
    expect([first.rows.length, first.hasNext, first.total, second.rows.length, second.hasNext]).toEqual([
      ADMIN_PAGE_SIZE,
      true,
      names.length + 1,
      3,
      false,
    ]);
    expect([...first.rows, ...second.rows].map((g) => g.name)).toEqual([...names, "Ældre i sorg"]);
    expect(second.rows.at(-1)).toMatchObject({ name: "Ældre i sorg", activeParticipants: 1, activeFacilitators: 1 });
    expect(second.rows[0]).toMatchObject({ activeParticipants: 0, activeFacilitators: 0 });
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

    const actor = await actorOf(f.user.id);
    expect((await listGroupsForFacilitator(actor)).map((x) => [x.group.name, x.active]).sort()).toEqual([
      ["Aktiv", true],
      ["Tidligere", false],
    ]);
    const view = await getGroupOverviewForFacilitator(actor, a.id);
    expect(view?.active && view.participants).toEqual([
      { id: expect.any(String), firstName: "Mette", email: expect.stringContaining("@"), phone: "22334455" },
    ]);
    const former = await getGroupOverviewForFacilitator(actor, old.id);
    expect(former).toEqual({ active: false, group: expect.objectContaining({ name: "Tidligere" }) });
    expect(JSON.stringify(former)).not.toContain("Ole");
    expect(await getGroupOverviewForFacilitator(actor, other.id)).toBeNull();
    expect(await getGroupOverviewForFacilitator({ ...actor, facilitatorId: null }, a.id)).toBeNull();
    // Only the view that lists participants is audited: once, for the active group.
    expect(await db.auditEvent.findMany({ where: { action: "group.participants-view" }, select: { actorUserId: true, entityId: true } })).toEqual([
      { actorUserId: f.user.id, entityId: a.id },
    ]);
  });
});

describe("the administrator's group page", () => {
  it("audits that the participants (names, emails, phones) were read", async () => {
    const g = await groupFixture({ name: "Med deltagere" });
    await addParticipant(g.id, "Mette Sofie Hansen", "22334455");
    const view = await getGroupOverviewForAdmin(await actorOf(adminId), g.id);
    expect(view?.participants).toHaveLength(1);
    expect(await db.auditEvent.findMany({ where: { action: "group.participants-view" }, select: { actorUserId: true, entityId: true } })).toEqual([
      { actorUserId: adminId, entityId: g.id },
    ]);
    // An unknown group is no read of anyone.
    expect(await getGroupOverviewForAdmin(await actorOf(adminId), "findes-ikke")).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "group.participants-view" } })).toBe(1);
  });
});
