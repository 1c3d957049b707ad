import ICAL from "ical.js";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as groupCalendar } from "@/app/(public)/grupper/[slug]/kalender.ics/route";
import { GET as feedRoute } from "@/app/kalender/[file]/route";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/actions";
import { db } from "@/lib/db";
import { clearAllTables } from "../helpers/db-tables";
import { assignFacilitator, createAdmin, createFacilitator, createGroup, createMember } from "../helpers/fixtures";
import { signInAs } from "../helpers/request";

const getGroupCalendar = (slug: string) =>
  groupCalendar(new Request(`http://localhost/grupper/${slug}/kalender.ics`), { params: Promise.resolve({ slug }) });
const getFeed = (file: string) => feedRoute(new Request(`http://localhost/kalender/${file}`), { params: Promise.resolve({ file }) });
const fileOf = (url: string) => new URL(url).pathname.split("/").pop()!;

/** The SUMMARY of every event in an iCalendar text, read by ical.js. */
function summaries(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("summary")));
}

async function makeFeed(userId: string): Promise<string> {
  signInAs(userId);
  const result = await createCalendarFeed({});
  if (!result.ok) throw new Error(`createCalendarFeed refused: ${result.code}`);
  return (result.data as { url: string }).url;
}

beforeEach(clearAllTables);

describe("a group's calendar file (/grupper/<slug>/kalender.ics)", () => {
  it("is an iCalendar download with the group's recurring meeting", async () => {
    const group = await createGroup({ slug: "sorg-tirsdag", name: "Sorg, tirsdag", cadence: "WEEKLY", weekday: 2 });
    const response = await getGroupCalendar(group.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="sorg-tirsdag.ics"');
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU\r\n");
    expect(text).toContain("DTSTART;TZID=Europe/Copenhagen:");
    expect(summaries(text)).toEqual(["Sorg, tirsdag"]);
    expect(text).toContain(`UID:group-${group.id}@`);
  });

  it("is every other week for a biweekly group", async () => {
    const group = await createGroup({ cadence: "BIWEEKLY", weekday: 4 });
    expect(await (await getGroupCalendar(group.slug)).text()).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH\r\n");
  });

  it.each([
    ["an ended group", { state: "ENDED" as const }],
    ["a group that meets by agreement", { cadence: "OTHER" as const }],
    ["a group without a weekday", { weekday: null }],
  ])("is a 404 for %s", async (_name, overrides) => {
    const group = await createGroup(overrides);
    const response = await getGroupCalendar(group.slug);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Kalenderen findes ikke.");
  });

  it("is a 404 for a slug no group has", async () => {
    expect((await getGroupCalendar("findes-ikke")).status).toBe(404);
  });
});

describe("a facilitator's private calendar feed (/kalender/<token>.ics)", () => {
  async function world() {
    const a = await createFacilitator({ name: "Anna Igangsætter" });
    const b = await createFacilitator({ name: "Bo Igangsætter" });
    const groupA = await createGroup({ name: "Gruppe A", weekday: 1 });
    const groupB = await createGroup({ name: "Gruppe B", weekday: 3 });
    await assignFacilitator(groupA.id, a.facilitator.id);
    await assignFacilitator(groupB.id, b.facilitator.id);
    return { a, b, groupA, groupB };
  }

  it("lists the owner's groups only, with no participant or facilitator data", async () => {
    const { a, b, groupA } = await world();
    const member = await createMember({ name: "Mette Deltagersen" });
    await db.participation.create({ data: { groupId: groupA.id, memberId: member.id } });
    const urlA = await makeFeed(a.user.id);
    const urlB = await makeFeed(b.user.id);
    expect(urlA).toMatch(/^http:\/\/localhost:3000\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);

    const responseA = await getFeed(fileOf(urlA));
    expect(responseA.status).toBe(200);
    expect(responseA.headers.get("cache-control")).toBe("private, no-store");
    const textA = await responseA.text();
    expect(summaries(textA)).toEqual(["Gruppe A"]);
    expect(summaries(await (await getFeed(fileOf(urlB))).text())).toEqual(["Gruppe B"]);
    for (const personal of ["Mette", "Anna", "Bo Igangsætter", a.user.email]) expect(textA).not.toContain(personal);
  });

  it("leaves out groups the owner was withdrawn from, ended groups and groups without a rhythm", async () => {
    const { a, groupA } = await world();
    const ended = await createGroup({ name: "Afsluttet", state: "ENDED" });
    const noRhythm = await createGroup({ name: "Efter aftale", cadence: "OTHER" });
    const former = await createGroup({ name: "Tidligere" });
    for (const g of [ended, noRhythm]) await assignFacilitator(g.id, a.facilitator.id);
    await db.facilitatorAssignment.create({ data: { groupId: former.id, facilitatorId: a.facilitator.id, withdrawnAt: new Date() } });
    const url = await makeFeed(a.user.id);
    expect(summaries(await (await getFeed(fileOf(url))).text())).toEqual([groupA.name]);
  });

  it("stores only the token's hash, and audits making, remaking and revoking", async () => {
    const { a } = await world();
    const url = await makeFeed(a.user.id);
    const token = fileOf(url).replace(/\.ics$/, "");
    const row = await db.calendarFeed.findUniqueOrThrow({ where: { userId: a.user.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    await makeFeed(a.user.id);
    signInAs(a.user.id);
    expect((await revokeCalendarFeed({})).ok).toBe(true);
    const audit = await db.auditEvent.findMany({
      where: { actorUserId: a.user.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, entityType: true, entityId: true, details: true },
    });
    expect(audit.map((e) => e.action)).toEqual(["calendar-feed.create", "calendar-feed.replace", "calendar-feed.revoke"]);
    for (const e of audit) expect(e).toMatchObject({ entityType: "User", entityId: a.user.id });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("'Lav nyt link' ends the old link; a revoked link is a 404", async () => {
    const { a } = await world();
    const first = await makeFeed(a.user.id);
    const second = await makeFeed(a.user.id);
    expect(second).not.toBe(first);
    expect((await getFeed(fileOf(first))).status).toBe(404);
    expect((await getFeed(fileOf(second))).status).toBe(200);

    signInAs(a.user.id);
    expect(await revokeCalendarFeed({})).toEqual({ ok: true });
    expect((await getFeed(fileOf(second))).status).toBe(404);
    expect(await db.calendarFeed.count()).toBe(0);
  });

  it("two 'Lav nyt link' at once leave one link: the one whose row won, never two or an error", async () => {
    const { a } = await world();
    signInAs(a.user.id);
    const results = await Promise.all(Array.from({ length: 6 }, () => createCalendarFeed({})));
    expect(results.map((r) => r.ok)).toEqual(Array(6).fill(true));
    expect(await db.calendarFeed.count({ where: { userId: a.user.id } })).toBe(1);
    const statuses = await Promise.all(results.map((r) => getFeed(fileOf((r as { data: { url: string } }).data.url)).then((x) => x.status)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  });

  it("revoking when there is no link is refused, and writes nothing", async () => {
    const { a, b } = await world();
    await makeFeed(b.user.id);
    signInAs(a.user.id);
    expect(await revokeCalendarFeed({})).toMatchObject({ ok: false, code: "NO_FEED", message: "Du har ikke noget kalenderlink." });
    expect(await db.calendarFeed.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "calendar-feed.revoke" } })).toBe(0);
  });

  it("a facilitator's commands act on their own link only: revoking never ends another's", async () => {
    const { a, b } = await world();
    const urlA = await makeFeed(a.user.id);
    const urlB = await makeFeed(b.user.id);
    signInAs(b.user.id);
    await revokeCalendarFeed({ userId: a.user.id });
    expect((await getFeed(fileOf(urlA))).status).toBe(200);
    expect((await getFeed(fileOf(urlB))).status).toBe(404);
  });

  it("anonymous callers are sent to sign in, and nothing is written", async () => {
    signInAs(null);
    expect(await createCalendarFeed({})).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    expect(await revokeCalendarFeed({})).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    expect(await db.calendarFeed.count()).toBe(0);
  });

  it("a deactivated user's link stops working, and a deactivated user cannot make one", async () => {
    const { a } = await world();
    const url = await makeFeed(a.user.id);
    await db.user.update({ where: { id: a.user.id }, data: { active: false } });
    expect((await getFeed(fileOf(url))).status).toBe(404);
    signInAs(a.user.id);
    expect(await createCalendarFeed({})).toMatchObject({ ok: false, code: "SIGNED_OUT" });
  });

  it("an administrator without groups gets an empty calendar", async () => {
    const admin = await createAdmin();
    const url = await makeFeed(admin.id);
    const response = await getFeed(fileOf(url));
    expect(response.status).toBe(200);
    expect(summaries(await response.text())).toEqual([]);
  });

  it.each([
    ["no .ics ending", "x".repeat(43)],
    ["too short", "abc.ics"],
    ["not base64url", `${"!".repeat(43)}.ics`],
    ["a well-formed token nobody has", `${"A".repeat(43)}.ics`],
    ["a very long name", `${"a".repeat(5000)}.ics`],
  ])("a 404 for %s", async (_name, file) => {
    const response = await getFeed(file);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("looks up nothing for an address that is not a token's shape: a guess costs no database read", async () => {
    const lookup = vi.spyOn(db.calendarFeed, "findUnique");
    try {
      for (const file of ["abc.ics", `${"!".repeat(43)}.ics`, `${"a".repeat(5000)}.ics`, "x".repeat(43)])
        expect((await getFeed(file)).status).toBe(404);
      expect(lookup).not.toHaveBeenCalled();
      expect((await getFeed(`${"A".repeat(43)}.ics`)).status).toBe(404);
      expect(lookup).toHaveBeenCalledTimes(1);
    } finally {
      lookup.mockRestore();
    }
  });
});
