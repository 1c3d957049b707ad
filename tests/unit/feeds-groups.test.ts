import { describe, expect, it } from "vitest";
import { feedEntry, meetingGuideDay, type FeedGroup } from "@/lib/feeds/groups-feed";
import { endTime } from "@/lib/groups/schedule";
import { groupStructuredData, structuredDataJson } from "@/lib/feeds/structured-data";
import { groupPlace } from "@/lib/groups/place";
import { topicInfo } from "@/lib/topics/topics";
import { seededTopics } from "../helpers/seeded-topics";
import { atFredensgade, fredensgade } from "../helpers/venue-fixtures";

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
  ...atFredensgade,
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

describe("groupPlace: the place fields from the group's format and venue", () => {
  it("in person: the venue's name and address", () => {
    expect(groupPlace(atFredensgade)).toEqual({
      text: "Selvhjælp Herning, Fredensgade 14, 7400 Herning",
      name: "Selvhjælp Herning",
      address: "Fredensgade 14",
      postalCode: "7400",
      city: "Herning",
    });
  });
  it("outdoors: the meeting point names it, the nearest venue gives the address; without a venue, no address", () => {
    expect(groupPlace({ format: "OUTDOORS", meetingPoint: "Ved søen", venue: fredensgade })).toMatchObject({
      text: "Ved søen (Selvhjælp Herning, Fredensgade 14, 7400 Herning)",
      name: "Ved søen",
      address: "Fredensgade 14",
    });
    expect(groupPlace({ format: "OUTDOORS", meetingPoint: "Ved søen", venue: null })).toEqual({
      text: "Ved søen",
      name: "Ved søen",
      address: null,
      postalCode: null,
      city: null,
    });
  });
  it("online: no address at all", () => {
    expect(groupPlace({ format: "ONLINE", meetingPoint: "", venue: null })).toEqual({
      text: "Online",
      name: null,
      address: null,
      postalCode: null,
      city: null,
    });
  });
});

describe("the open-data entry of a group", () => {
  it("says where: the venue's address, format and accessibility, with Meeting Guide's codes where they fit", () => {
    expect(feedEntry(group(), SITE, seededTopics)).toMatchObject({
      location: "Selvhjælp Herning",
      address: "Fredensgade 14",
      postal_code: "7400",
      city: "Herning",
      attendance_option: "in_person",
      format: "in_person",
      location_notes: "Indgang fra gaden.",
      accessibility: ["step_free", "accessible_toilet", "public_transport"],
      types: ["sorg", "voksne", "X"],
    });
    const online = feedEntry(group({ format: "ONLINE", venue: null }), SITE, seededTopics);
    expect(online).toMatchObject({
      location: "Online",
      address: null,
      attendance_option: "online",
      format: "online",
      accessibility: [],
      types: ["sorg", "voksne", "ONL"],
    });
    const outdoors = feedEntry(group({ format: "OUTDOORS", meetingPoint: "Ved søen", venue: null }), SITE, seededTopics);
    expect(outdoors).toMatchObject({ location: "Ved søen", format: "outdoors", location_notes: "Ved søen", types: ["sorg", "voksne", "OUT"] });
  });

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
        "accessibility",
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
        "format",
        "forming",
        "frequency",
        "frequency_label",
        "location",
        "location_notes",
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
      types: ["sorg", "voksne", "X"],
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
