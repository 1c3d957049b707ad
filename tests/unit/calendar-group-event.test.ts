import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFileName, calendarRhythm, firstMeeting, groupCalendarEvent, type CalendarGroup } from "@/lib/calendar/group-event";
import { serializeCalendar } from "@/lib/calendar/ics";
import { seededTopics } from "../helpers/seeded-topics";

const SITE = "https://selvhjaelp.example.dk";

const group = (overrides: Partial<CalendarGroup> = {}): CalendarGroup => ({
  id: "g1",
  slug: "sorg-voksne",
  name: "Sorg, tab; og savn",
  topic: "GRIEF",
  ageBand: "ADULTS",
  cadence: "WEEKLY",
  weekday: 2, // Tuesday
  startTime: "19:00",
  durationMinutes: 120,
  place: "Fredensgade 14, 7400 Herning",
  state: "STARTING",
  startDate: new Date("2026-03-03T00:00:00Z"),
  createdAt: new Date("2026-01-10T12:00:00Z"),
  updatedAt: new Date("2026-02-01T08:00:00Z"),
  ...overrides,
});

/** Parses the file with ical.js, with only the VTIMEZONE the file itself carries, and expands the series. */
function occurrences(text: string, count: number) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  try {
    const vevents = calendar.getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(1);
    const event = new ICAL.Event(vevents[0]);
    const it = event.iterator();
    const starts: Date[] = [];
    for (let next = it.next(); next && starts.length < count; next = it.next()) starts.push(next.toJSDate());
    return { event, starts, end: event.endDate.toJSDate() };
  } finally {
    ICAL.TimezoneService.remove("Europe/Copenhagen");
  }
}

const copenhagen = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    d,
  );

const file = (g: CalendarGroup) =>
  serializeCalendar({ name: g.name, producer: "Selvhjælp Herning", events: [groupCalendarEvent(g, SITE, seededTopics)!] });

describe("a group's meetings as a recurring event, read by a real iCalendar parser (ical.js)", () => {
  it("a Tuesday 19:00 group meets at 19:00 Danish time on both sides of the change to summer time (18:00Z, then 17:00Z)", () => {
    const { starts } = occurrences(file(group()), 6);
    expect(starts.map((d) => d.toISOString())).toEqual([
      "2026-03-03T18:00:00.000Z",
      "2026-03-10T18:00:00.000Z",
      "2026-03-17T18:00:00.000Z",
      "2026-03-24T18:00:00.000Z",
      // Summer time from Sunday 29 March 2026 02:00.
      "2026-03-31T17:00:00.000Z",
      "2026-04-07T17:00:00.000Z",
    ]);
  });

  it("and back to 18:00Z after the change to winter time (last Sunday of October)", () => {
    const { starts } = occurrences(file(group({ startDate: new Date("2026-10-13T00:00:00Z") })), 3);
    expect(starts.map((d) => d.toISOString())).toEqual(["2026-10-13T17:00:00.000Z", "2026-10-20T17:00:00.000Z", "2026-10-27T18:00:00.000Z"]);
  });

  it("stays at 19:00 on a Tuesday in Copenhagen for two years of meetings (checked against the system's time zone data)", () => {
    const { starts } = occurrences(file(group()), 104);
    expect(starts).toHaveLength(104);
    expect(new Set(starts.map(copenhagen))).toEqual(new Set(["Tue 19:00"]));
  });

  it("every other week keeps its weeks across the year boundary and the time changes", () => {
    const { starts } = occurrences(
      file(group({ cadence: "BIWEEKLY", weekday: 4, startTime: "17:30", startDate: new Date("2026-12-03T00:00:00Z") })),
      10,
    );
    for (let i = 1; i < starts.length; i++) {
      const days = Math.round((starts[i].getTime() - starts[i - 1].getTime()) / 86_400_000);
      expect(days).toBe(14);
    }
    expect(new Set(starts.map(copenhagen))).toEqual(new Set(["Thu 17:30"]));
    expect(starts[0].toISOString()).toBe("2026-12-03T16:30:00.000Z");
  });

  it("ends after the group's duration, also past midnight", () => {
    const { starts, end } = occurrences(file(group({ startTime: "23:00", durationMinutes: 90 })), 1);
    expect(end.getTime() - starts[0].getTime()).toBe(90 * 60_000);
    expect(file(group({ startTime: "23:00", durationMinutes: 90 }))).toContain("DTEND;TZID=Europe/Copenhagen:20260304T003000\r\n");
  });

  it("gives the text back as written: name, place and description with commas and semicolons, a stable UID and the page", () => {
    const g = group({
      name: "Pårørende; børn, unge & voksne – en lang gruppe med et navn, der skal foldes over flere linjer",
      place: "Fuglsang Sø, P-pladsen; ved søen, 7400 Herning",
    });
    const { event } = occurrences(file(g), 1);
    expect(event.summary).toBe(g.name);
    expect(event.location).toBe(g.place);
    expect(event.uid).toBe("group-g1@selvhjaelp.example.dk");
    expect(event.component.getFirstPropertyValue("url")).toBe(`${SITE}/grupper/sorg-voksne`);
    expect(event.description).toContain("Sorg · Voksne");
    expect(event.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-02-01T08:00:00Z");
    expect(groupCalendarEvent(g, SITE, seededTopics)!.uid).toBe(
      groupCalendarEvent({ ...g, name: "Nyt navn", updatedAt: new Date() }, SITE, seededTopics)!.uid,
    );
  });
});

describe("which groups have a calendar", () => {
  it.each([
    ["has ended", { state: "ENDED" as const }],
    ["meets by agreement", { cadence: "OTHER" as const }],
    ["has no weekday", { weekday: null }],
    ["has no start time", { startTime: null }],
    ["has a start time that is no time", { startTime: "25:00" }],
  ])("none when the group %s", (_name, overrides) => {
    expect(calendarRhythm(group(overrides))).toBeNull();
    expect(groupCalendarEvent(group(overrides), SITE, seededTopics)).toBeNull();
  });

  it("every state before the end has one", () => {
    for (const state of ["PLANNED", "STARTING", "WITHDRAWING", "SELF_RUNNING"] as const) expect(calendarRhythm(group({ state }))).not.toBeNull();
    expect(groupCalendarEvent(group({ state: "PLANNED" }), SITE, seededTopics)!.description).toContain("under planlægning");
  });
});

describe("the first meeting", () => {
  const rhythm = { interval: 1 as const, weekday: 2, hour: 19, minute: 0 };
  it("is the group's weekday on or after its start date", () => {
    expect(firstMeeting({ startDate: new Date("2026-03-03T00:00:00Z"), createdAt: new Date() }, rhythm)).toMatchObject({
      year: 2026,
      month: 3,
      day: 3,
    });
    expect(firstMeeting({ startDate: new Date("2026-03-04T00:00:00Z"), createdAt: new Date() }, rhythm)).toMatchObject({
      year: 2026,
      month: 3,
      day: 10,
    });
    expect(firstMeeting({ startDate: new Date("2026-12-30T00:00:00Z"), createdAt: new Date() }, rhythm)).toMatchObject({
      year: 2027,
      month: 1,
      day: 5,
    });
  });

  it("without a start date, follows the Danish day the group was created (not the UTC day)", () => {
    // 23:30 UTC on Monday 2 March is already Tuesday 3 March in Denmark.
    expect(firstMeeting({ startDate: null, createdAt: new Date("2026-03-02T23:30:00Z") }, rhythm)).toMatchObject({
      year: 2026,
      month: 3,
      day: 3,
      hour: 19,
    });
  });
});

it("names the download after the slug", () => {
  expect(calendarFileName("sorg-voksne-2")).toBe("sorg-voksne-2.ics");
});
