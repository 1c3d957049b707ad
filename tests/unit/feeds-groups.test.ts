import { describe, expect, it } from "vitest";
import { feedEntry, meetingGuideDay, type FeedGroup } from "@/lib/feeds/groups-feed";
import { endTime } from "@/lib/groups/schedule";
import { groupStructuredData, structuredDataJson } from "@/lib/feeds/structured-data";
import { groupPlace } from "@/lib/groups/place";
import { topicInfo } from "@/lib/topics/topics";
import { seededTopics } from "../helpers/seeded-topics";

const SITE = "https://selvhjaelp.example.dk";

const group = (overrides: Partial<FeedGroup> = {}): FeedGroup => ({
  id: "g1",
  slug: "sorg-voksne",
  name: "Sorg for voksne",
  description: "For voksne, der har mistet.",
  topic: "GRIEF",
  ageBand: "ADULTS",
  cadence: "BIWEEKLY",
  weekday: 7,
  startTime: "19:00",
  durationMinutes: 120,
  place: "Fredensgade 14, 7400 Herning",
  state: "STARTING",
  openForNewcomers: true,
  capacity: 8,
  activeParticipants: 3,
  startDate: new Date("2026-03-01T00:00:00Z"),
  expectedStartOn: null,
  forming: null,
  updatedAt: new Date("2026-02-01T08:00:00Z"),
  ...overrides,
});

describe("groupPlace: the place fields from today's free text", () => {
  it.each([
    ["Fredensgade 14, 7400 Herning", { name: null, address: "Fredensgade 14", postalCode: "7400", city: "Herning" }],
    [
      "Mødested ved parkeringspladsen, Fuglsang Sø, 7400 Herning",
      { name: "Mødested ved parkeringspladsen", address: "Fuglsang Sø", postalCode: "7400", city: "Herning" },
    ],
    ["  Bibliotekets  mødelokale ", { name: null, address: null, postalCode: null, city: null }],
    ["7400 Herning", { name: null, address: null, postalCode: null, city: null }],
    ["Gade 1, 740 Herning", { name: null, address: null, postalCode: null, city: null }],
  ])("%j", (place, expected) => {
    expect(groupPlace({ place })).toEqual({ text: place.trim().replace(/\s+/g, " "), ...expected });
  });
});

describe("the open-data entry of a group", () => {
  it("counts days from Sunday (0) as Meeting Guide does, and gives end_time on a 24-hour clock", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(meetingGuideDay)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(endTime("19:00", 120)).toBe("21:00");
    expect(endTime("23:30", 90)).toBe("01:00");
    expect(endTime("09:05", 0)).toBe("09:05");
  });

  it("has the public fields only: no participants, facilitators or counts", () => {
    const entry = feedEntry(group(), SITE, seededTopics);
    expect(Object.keys(entry).sort()).toEqual(
      [
        "address",
        "age_band",
        "attendance_option",
        "calendar_url",
        "city",
        "country",
        "day",
        "duration_minutes",
        "end_time",
        "formatted_address",
        "forming",
        "frequency",
        "frequency_label",
        "location",
        "name",
        "newcomers",
        "notes",
        "postal_code",
        "region",
        "slug",
        "start_date",
        "state",
        "takes_newcomers",
        "time",
        "timezone",
        "topic",
        "types",
        "updated",
        "url",
      ].sort(),
    );
    expect(JSON.stringify(entry)).not.toMatch(/"(capacity|activeParticipants|participants|facilitator)/);
    expect(entry).toMatchObject({
      slug: "sorg-voksne",
      url: `${SITE}/grupper/sorg-voksne`,
      day: 0,
      time: "19:00",
      end_time: "21:00",
      frequency: "biweekly",
      start_date: "2026-03-01",
      address: "Fredensgade 14",
      postal_code: "7400",
      city: "Herning",
      types: ["sorg", "voksne"],
      topic: topicInfo(seededTopics, "GRIEF"),
      age_band: { slug: "voksne", label: "Voksne" },
      state: { slug: "opstart" },
      takes_newcomers: true,
      newcomers: "open",
      forming: null,
      calendar_url: `${SITE}/grupper/sorg-voksne/kalender.ics`,
      updated: "2026-02-01T08:00:00.000Z",
    });
  });

  it("a forming group gives how many more it needs, its minimum and the expected start as set; no names or ids", () => {
    const forming = feedEntry(
      group({ state: "PLANNED", forming: { needed: 2, counted: 2, minimum: 4 }, expectedStartOn: new Date("2027-02-01T00:00:00Z") }),
      SITE,
      seededTopics,
    ).forming;
    expect(forming).toEqual({ needed: 2, minimum: 4, expected_start: "2027-02-01" });
    expect(feedEntry(group({ state: "PLANNED", forming: { needed: 0, counted: 5, minimum: 4 } }), SITE, seededTopics).forming).toEqual({
      needed: 0,
      minimum: 4,
      expected_start: null,
    });
  });

  it("says full or closed as the public page does, and has no calendar or times without a rhythm", () => {
    expect(feedEntry(group({ activeParticipants: 8 }), SITE, seededTopics)).toMatchObject({ takes_newcomers: false, newcomers: "full" });
    expect(feedEntry(group({ openForNewcomers: false }), SITE, seededTopics)).toMatchObject({ takes_newcomers: false, newcomers: "closed" });
    expect(feedEntry(group({ cadence: "OTHER", weekday: null, startTime: null }), SITE, seededTopics)).toMatchObject({
      day: null,
      time: null,
      end_time: null,
      calendar_url: null,
    });
  });
});

describe("schema.org data of a group page", () => {
  it("is an Event with a weekly Schedule in Copenhagen time and the place's address", () => {
    const data = groupStructuredData(group({ weekday: 2, cadence: "WEEKLY" }), SITE, seededTopics)!;
    expect(data).toMatchObject({
      "@type": "Event",
      name: "Sorg for voksne",
      url: `${SITE}/grupper/sorg-voksne`,
      eventSchedule: {
        repeatFrequency: "P1W",
        byDay: "https://schema.org/Tuesday",
        startTime: "19:00:00",
        endTime: "21:00:00",
        scheduleTimezone: "Europe/Copenhagen",
      },
      location: {
        "@type": "Place",
        address: { streetAddress: "Fredensgade 14", postalCode: "7400", addressLocality: "Herning", addressCountry: "DK" },
      },
    });
    expect(JSON.stringify(data)).not.toMatch(/capacity|participant|facilitator|igangsætter/i);
  });

  it("is left out for ended groups and groups without a rhythm", () => {
    expect(groupStructuredData(group({ state: "ENDED" }), SITE, seededTopics)).toBeNull();
    expect(groupStructuredData(group({ cadence: "OTHER" }), SITE, seededTopics)).toBeNull();
  });

  it("cannot close its script element, whatever the group's text", () => {
    const json = structuredDataJson(groupStructuredData(group({ name: "</script><script>alert(1)</script>" }), SITE, seededTopics)!);
    expect(json).not.toContain("<");
    expect(JSON.parse(json).name).toBe("</script><script>alert(1)</script>");
  });
});
