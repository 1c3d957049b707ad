import { beforeAll, describe, expect, it } from "vitest";
import { GET as groupsJson } from "@/app/grupper.json/route";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import { db } from "@/lib/db";
import { clearAllTables } from "../helpers/db-tables";
import { groupsFeedValidator as feedValidator } from "../helpers/feed-schema";
import { assignFacilitator, createFacilitator, createGroup, createMember } from "../helpers/fixtures";
import { applicant } from "../helpers/forming-fixtures";

type Entry = Record<string, unknown> & { slug: string; name: string };

let body: Entry[];
let response: Response;
const slugs = { weekly: "", ended: "", other: "", full: "", closed: "" };

beforeAll(async () => {
  await clearAllTables();
  const weekly = await createGroup({ name: "Sorg, voksne; tirsdag", cadence: "WEEKLY", weekday: 2 });
  const ended = await createGroup({ name: "Afsluttet gruppe", state: "ENDED" });
  const other = await createGroup({ name: "Efter aftale", cadence: "OTHER", weekday: null, state: "PLANNED" });
  const full = await createGroup({ name: "Fuld gruppe", capacity: 1, weekday: 7 });
  const closed = await createGroup({ name: "Lukket gruppe", openForNewcomers: false, state: "SELF_RUNNING" });
  await db.group.update({
    where: { id: other.id },
    data: { startTime: null, format: "OUTDOORS", meetingPoint: "Ved biblioteket", venueId: null, expectedStartOn: new Date("2027-01-15T00:00:00Z") },
  });
  // Towards the planned group's minimum (4): one applicant after the intake counts, one before it does not.
  await applicant(other.id, { name: "Karen Ansøgersen" });
  await applicant(other.id, { name: "Bo Venter", intake: false });
  Object.assign(slugs, { weekly: weekly.slug, ended: ended.slug, other: other.slug, full: full.slug, closed: closed.slug });
  const member = await createMember({ name: "Mette Deltagersen", email: "mette@example.dk" });
  await db.participation.create({ data: { groupId: full.id, memberId: member.id } });
  const f = await createFacilitator({ name: "Ida Igangsætter" });
  await assignFacilitator(weekly.id, f.facilitator.id);

  response = await groupsJson();
  body = JSON.parse(await response.clone().text());
});

describe("/grupper.json", () => {
  it("is JSON for anyone to read, pointing at its schema", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("link")).toBe('</grupper.schema.json>; rel="describedby"');
  });

  it("validates against public/grupper.schema.json (draft 2020-12, ajv)", () => {
    const validate = feedValidator();
    expect(validate(body), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(body).toHaveLength(4);
  });

  it("the schema is strict: a field it does not know, or a wrong day, fails", () => {
    const validate = feedValidator();
    expect(validate([{ ...body[0], participants: 3 }])).toBe(false);
    expect(validate([{ ...body[0], day: 7 }])).toBe(false);
    expect(validate([{ ...body[0], time: "7:00" }])).toBe(false);
  });

  it("lists every group that has not ended, in name order, and never an ended one", () => {
    expect(body.map((g) => g.slug)).not.toContain(slugs.ended);
    expect(body.map((g) => g.name)).toEqual(["Efter aftale", "Fuld gruppe", "Lukket gruppe", "Sorg, voksne; tirsdag"]);
  });

  it("gives the schedule in Meeting Guide's form, and newcomers as the public page says", () => {
    const by = Object.fromEntries(body.map((g) => [g.slug, g]));
    expect(by[slugs.weekly]).toMatchObject({
      day: 2,
      time: "19:00",
      end_time: "21:00",
      frequency: "weekly",
      takes_newcomers: true,
      newcomers: "open",
    });
    expect(by[slugs.weekly].calendar_url).toBe(`http://localhost:3000/grupper/${slugs.weekly}/kalender.ics`);
    expect(by[slugs.full]).toMatchObject({ day: 0, takes_newcomers: false, newcomers: "full" });
    expect(by[slugs.closed]).toMatchObject({ takes_newcomers: false, newcomers: "closed", state: { slug: "koerer-selv" } });
    expect(by[slugs.other]).toMatchObject({
      day: null,
      time: null,
      calendar_url: null,
      location: "Ved biblioteket",
      address: null,
      format: "outdoors",
    });
  });

  it("a planned group says how many more it needs (intakes held count, waiting ones not); a started one says nothing", () => {
    const by = Object.fromEntries(body.map((g) => [g.slug, g]));
    expect(by[slugs.other].forming).toEqual({ needed: 3, minimum: 4, expected_start: "2027-01-15" });
    for (const slug of [slugs.weekly, slugs.full, slugs.closed]) expect(by[slug].forming).toBeNull();
  });

  it("holds no personal data: no participant, applicant or facilitator names, emails or counts", () => {
    const text = JSON.stringify(body);
    for (const personal of ["Mette", "mette@example.dk", "Ida Igangsætter", "igangsaetter-", "Karen", "Bo Venter", "capacity", "participants"])
      expect(text).not.toContain(personal);
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("the sitemap has the public pages and the group pages that have not ended, nothing else", async () => {
    const urls = (await sitemap()).map((e) => e.url);
    expect(urls).toEqual(
      expect.arrayContaining(["http://localhost:3000/", "http://localhost:3000/grupper", `http://localhost:3000/grupper/${slugs.weekly}`]),
    );
    expect(urls).not.toContain(`http://localhost:3000/grupper/${slugs.ended}`);
    expect(urls.filter((u) => /\/(admin|login|kalender|bekraeft|invitation|min-side)/.test(u))).toEqual([]);
    expect(urls).toHaveLength(6 + 4);
  });

  it("robots.txt keeps crawlers out of the admin area, sign-in, one-time links and the private feeds", () => {
    const rules = robots();
    expect(rules.sitemap).toBe("http://localhost:3000/sitemap.xml");
    expect(rules.rules).toEqual([
      expect.objectContaining({
        userAgent: "*",
        allow: "/",
        disallow: expect.arrayContaining(["/admin", "/login", "/bekraeft", "/invitation", "/min-side", "/kalender/"]),
      }),
    ]);
  });
});
