import { beforeEach, describe, expect, it } from "vitest";
import { GET as groupCalendar } from "@/app/(public)/grupper/[slug]/kalender.ics/route";
import { GET as groupsJson } from "@/app/grupper.json/route";
import { acceptApplicationAction as acceptApplication, waitlistApplicationAction as waitlistApplication } from "@/lib/applications/actions";
import { db } from "@/lib/db";
import { groupStructuredData } from "@/lib/feeds/structured-data";
import { createGroup, updateGroup } from "@/lib/groups/actions";
import { getPublicGroup, listCatalogue } from "@/lib/groups/catalogue";
import { getOwnPage } from "@/lib/self-service/view-data";
import { listTopics } from "@/lib/topics/data";
import { createVenue, deleteVenue, restoreVenue, retireVenue, updateVenue } from "@/lib/venues/actions";
import { validGroupInput } from "./authorization/groups.rows";
import { clearAllTables } from "../helpers/db-tables";
import { createAdmin, createApplication, createFacilitator, createMember, createPaidMembership } from "../helpers/fixtures";
import { resetRequestState, revalidatedPaths, signInAs } from "../helpers/request";

// Venues through the command pipeline, groups at them, and an online group's link, which must never
// reach a public page, feed, calendar or structured data. On SQLite and PostgreSQL.
const venue = {
  name: "Kulturhuset",
  address: "Torvet 3",
  postcode: "7400",
  town: "Herning",
  directions: "Indgang fra pladsen, 1. sal med elevator.",
  stepFreeAccess: "on",
  accessibleToilet: "on",
  hearingLoop: "",
  parking: "",
  publicTransport: "on",
};
const SECRET = "https://moede.example/rum/hemmelig-7f3a9c";

let adminId: string;
beforeEach(async () => {
  await clearAllTables();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

async function madeVenue(over: Partial<typeof venue> = {}) {
  const result = await createVenue({ ...venue, ...over });
  if (!result.ok) throw new Error(result.message);
  return result.data!.id;
}

describe("who may change venues", () => {
  it("refuses anonymous callers and facilitators on every command, writing nothing", async () => {
    const id = await madeVenue();
    const calls = [
      () => createVenue({ ...venue, name: "Biblioteket" }),
      () => updateVenue({ venueId: id, ...venue, name: "Nyt navn" }),
      () => retireVenue({ venueId: id }),
      () => restoreVenue({ venueId: id }),
      () => deleteVenue({ venueId: id }),
    ];
    const before = { venues: await db.venue.findMany(), audit: await db.auditEvent.count() };
    resetRequestState();
    signInAs(null);
    for (const call of calls) expect(await call()).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    signInAs((await createFacilitator()).user.id);
    for (const call of calls) expect(await call()).toMatchObject({ ok: false, code: "DENIED" });
    expect(await db.venue.findMany()).toEqual(before.venues);
    expect(await db.auditEvent.count()).toBe(before.audit);
    expect(revalidatedPaths()).toEqual([]);
  });
});

describe("the venue commands", () => {
  it("creates a venue with its accessibility, audited, and expires every page", async () => {
    const id = await madeVenue();
    expect(await db.venue.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Kulturhuset",
      address: "Torvet 3",
      postcode: "7400",
      town: "Herning",
      stepFreeAccess: true,
      accessibleToilet: true,
      hearingLoop: false,
      parking: false,
      publicTransport: true,
      retiredAt: null,
    });
    expect(await db.auditEvent.count({ where: { action: "venue.create", actorUserId: adminId, entityType: "Venue", entityId: id } })).toBe(1);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/", "/grupper.json"]));
  });

  it("answers malformed input with a Danish message per field and writes nothing", async () => {
    const result = await createVenue({ ...venue, name: "x", address: "", postcode: "74", town: "", directions: "a".repeat(501), parking: "måske" });
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["address", "directions", "name", "parking", "postcode", "town"]);
    expect(result.fieldErrors?.postcode).toEqual(["Skriv postnummeret med 4 cifre, fx 7400."]);
    expect(await createVenue("ikke et objekt")).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.venue.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "venue.create" } })).toBe(0);
  });

  it("refuses a second venue of the same name, in any case", async () => {
    await madeVenue();
    expect(await createVenue({ ...venue, name: "KULTURHUSET" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Der findes allerede et sted med det navn."] },
    });
    expect(await db.venue.count()).toBe(1);
  });

  it("deletes an unused venue, but never one a group has (ended ones too): that one is retired, and its group keeps it", async () => {
    const unused = await madeVenue({ name: "Tomt lokale" });
    expect(await deleteVenue({ venueId: unused })).toEqual({ ok: true });
    expect(await db.venue.count({ where: { id: unused } })).toBe(0);

    const used = await madeVenue();
    const group = await createGroup({ ...validGroupInput, format: "IN_PERSON", venueId: used });
    expect(group).toMatchObject({ ok: true });
    await db.group.updateMany({ data: { state: "ENDED", openForNewcomers: false } });
    expect(await deleteVenue({ venueId: used })).toMatchObject({ ok: false, code: "IN_USE", message: expect.stringMatching(/kan ikke slettes/) });
    expect(await db.venue.count({ where: { id: used } })).toBe(1);

    expect(await retireVenue({ venueId: used })).toEqual({ ok: true });
    expect(await retireVenue({ venueId: used })).toMatchObject({ ok: false, code: "ALREADY_RETIRED" });
    expect((await db.group.findFirstOrThrow({ select: { venueId: true } })).venueId).toBe(used);
    expect(await restoreVenue({ venueId: used })).toEqual({ ok: true });
    expect(await db.venue.findUniqueOrThrow({ where: { id: used }, select: { retiredAt: true } })).toEqual({ retiredAt: null });
    expect(await updateVenue({ venueId: "findes-ikke", ...venue })).toMatchObject({ ok: false, code: "NOT_FOUND", message: "Stedet findes ikke." });
  });
});

describe("a group at a venue", () => {
  it("cannot be given a retired or unknown venue; a group keeps its own retired venue when edited", async () => {
    const id = await madeVenue();
    const made = await createGroup({ ...validGroupInput, format: "IN_PERSON", venueId: id });
    const groupId = made.ok ? made.data!.id : "";
    await retireVenue({ venueId: id });
    expect(await createGroup({ ...validGroupInput, name: "Anden gruppe", format: "IN_PERSON", venueId: id })).toMatchObject({
      ok: false,
      fieldErrors: { venueId: ["Stedet er udgået. Vælg et andet sted."] },
    });
    expect(await createGroup({ ...validGroupInput, name: "Tredje gruppe", format: "IN_PERSON", venueId: "ukendt" })).toMatchObject({
      ok: false,
      fieldErrors: { venueId: ["Vælg et sted fra listen."] },
    });
    expect(await createGroup({ ...validGroupInput, name: "Fjerde gruppe", format: "IN_PERSON", venueId: "" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { venueId: ["Vælg hvor gruppen mødes."] },
    });
    expect(await db.group.count()).toBe(1);
    expect(await updateGroup({ groupId, ...validGroupInput, name: "Omdøbt", format: "IN_PERSON", venueId: id })).toEqual({ ok: true });
  });

  it("is found in the catalogue by the venue's name and town, also after the venue is renamed", async () => {
    const id = await madeVenue({ name: "Lindegården", town: "Sunds", postcode: "7451" });
    await createGroup({ ...validGroupInput, name: "Sorg i fællesskab", format: "IN_PERSON", venueId: id });
    const topics = await listTopics();
    const found = async (q: string) => (await listCatalogue({ q, openOnly: false }, topics)).groups.map((g) => g.name);
    expect(await found("lindegården")).toEqual(["Sorg i fællesskab"]);
    expect(await found("sunds")).toEqual(["Sorg i fællesskab"]);
    expect(await updateVenue({ venueId: id, ...venue, name: "Egeparken", town: "Ikast", postcode: "7430" })).toEqual({ ok: true });
    expect(await found("egeparken")).toEqual(["Sorg i fællesskab"]);
    expect(await found("lindegården")).toEqual([]);
  });
});

describe("an online group's link", () => {
  async function onlineGroup() {
    const result = await createGroup({
      ...validGroupInput,
      name: "Sorg online",
      format: "ONLINE",
      onlineUrl: SECRET,
      weekday: "2",
      startTime: "19:00",
    });
    if (!result.ok) throw new Error(result.message);
    await db.group.update({ where: { id: result.data!.id }, data: { state: "STARTING" } });
    return db.group.findUniqueOrThrow({ where: { id: result.data!.id } });
  }

  it("is stored with the group (and only there: no venue), and refused when it is not https", async () => {
    const g = await onlineGroup();
    expect(g).toMatchObject({ format: "ONLINE", onlineUrl: SECRET, venueId: null, meetingPoint: "" });
    expect(await createGroup({ ...validGroupInput, name: "Usikker", format: "ONLINE", onlineUrl: "javascript:alert(1)" })).toMatchObject({
      ok: false,
      fieldErrors: { onlineUrl: [expect.stringMatching(/https:\/\//)] },
    });
    // A group that moves to a venue forgets its link.
    const id = await madeVenue();
    expect(await updateGroup({ groupId: g.id, ...validGroupInput, format: "IN_PERSON", venueId: id, onlineUrl: SECRET })).toEqual({ ok: true });
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).onlineUrl).toBe("");
  });

  it("never reaches the public read model, the catalogue, the open-data feed, the calendar file or the structured data", async () => {
    const g = await onlineGroup();
    const topics = await listTopics();
    const page = await getPublicGroup(g.slug);
    expect(page).toMatchObject({ format: "ONLINE", venue: null });
    const outputs = [
      JSON.stringify(page),
      JSON.stringify(await listCatalogue({ openOnly: false }, topics)),
      await (await groupsJson()).text(),
      await (await groupCalendar(new Request("http://localhost/"), { params: Promise.resolve({ slug: g.slug }) })).text(),
      JSON.stringify(groupStructuredData(page!, "http://localhost", topics)),
    ];
    expect(outputs[2]).toContain('"attendance_option":"online"');
    expect(outputs[3]).toContain("LOCATION:Online");
    for (const out of outputs) {
      expect(out).toContain("Sorg online");
      expect(out).not.toContain("hemmelig-7f3a9c");
    }
  });

  it("reaches the admitted participant (admission email and Min side), never an applicant still waiting", async () => {
    const g = await onlineGroup();
    const admitted = await createMember({ name: "Karen Optaget", email: "karen@example.dk" });
    const waiting = await createMember({ name: "Bo Venter", email: "bo@example.dk" });
    for (const m of [admitted, waiting]) await createPaidMembership(m.id);
    const a = await createApplication(g.id, admitted.id);
    const w = await createApplication(g.id, waiting.id);
    await db.application.updateMany({ data: { intakeHeldOn: new Date() } });
    expect(await acceptApplication({ applicationId: a.id })).toEqual({ ok: true });
    expect(await waitlistApplication({ applicationId: w.id })).toEqual({ ok: true });

    const mail = (to: string) => db.outboxEmail.findMany({ where: { to }, select: { text: true } });
    expect((await mail("karen@example.dk")).map((m) => m.text).join("\n")).toContain(SECRET);
    expect((await mail("bo@example.dk")).map((m) => m.text).join("\n")).not.toContain("hemmelig-7f3a9c");

    const own = async (memberId: string) => (await getOwnPage({ kind: "member", memberId, sessionId: "test" }))!;
    expect((await own(admitted.id)).applications[0].onlineUrl).toBe(SECRET);
    expect(JSON.stringify(await own(waiting.id))).not.toContain("hemmelig-7f3a9c");
    // After leaving the group, Min side no longer gives it.
    await db.participation.updateMany({ where: { memberId: admitted.id }, data: { leftAt: new Date() } });
    expect((await own(admitted.id)).applications[0].onlineUrl).toBeNull();
  });
});
