// The public open-data feed of groups (/grupper.json), one object per group that has not ended.
// Field names follow the Meeting Guide / TSML meeting format where one fits (docs/feeds.md); the rest
// is what self-help groups need. Pure: lib/feeds/data.ts reads the groups.
import { calendarRhythm, groupPageUrl } from "@/lib/calendar/group-event";
import { ageBandLabel, ageBandSlug, cadenceLabel, statePublicLabel, stateSlug } from "@/lib/groups/labels";
import { topicInfo, type TopicList } from "@/lib/topics/topics";
import type { FormingProgress } from "@/lib/groups/forming-rules";
import { groupPlace } from "@/lib/groups/place";
import { endTime, type GroupSchedule } from "@/lib/groups/schedule";
import { admission } from "@/lib/groups/rules";
import { ACCESSIBILITY, type AccessibilityKey } from "@/lib/venues/venues";

export type FeedGroup = GroupSchedule & {
  description: string;
  openForNewcomers: boolean;
  capacity: number;
  activeParticipants: number;
  /** A planned group's expected start (a calendar day), if the coordinator has set one. */
  expectedStartOn: Date | null;
  /** A planned group's progress towards its minimum; null for a group that has started. */
  forming: FormingProgress | null;
  updatedAt: Date;
};

const FREQUENCY = { WEEKLY: "weekly", BIWEEKLY: "biweekly", OTHER: "other" } as const;
const NEWCOMERS = { OPEN: "open", CLOSED: "closed", FULL: "full", ENDED: "closed" } as const;

const FORMAT = { IN_PERSON: "in_person", ONLINE: "online", OUTDOORS: "outdoors" } as const;
const ACCESSIBILITY_CODE: Record<AccessibilityKey, string> = {
  stepFreeAccess: "step_free",
  accessibleToilet: "accessible_toilet",
  hearingLoop: "hearing_loop",
  parking: "parking",
  publicTransport: "public_transport",
};

/** Meeting Guide's codes where one fits: ONL (online meeting), OUT (outdoor meeting), X (wheelchair access). */
function meetingGuideTypes(g: FeedGroup): string[] {
  if (g.format === "ONLINE") return ["ONL"];
  return [...(g.format === "OUTDOORS" ? ["OUT"] : []), ...(g.venue?.stepFreeAccess ? ["X"] : [])];
}

/** How to find the place: outdoors the meeting point, then the venue's directions. */
function locationNotes(g: FeedGroup): string | null {
  if (g.format === "ONLINE") return null;
  const notes = [g.format === "OUTDOORS" ? g.meetingPoint : "", g.venue?.directions ?? ""].filter(Boolean).join(". ");
  return notes || null;
}

/** Meeting Guide counts days from Sunday (0) to Saturday (6); the site stores ISO weekdays (Monday 1 … Sunday 7). */
export const meetingGuideDay = (isoWeekday: number) => isoWeekday % 7;

/** One group's entry; `topics` is every topic (a group keeps its retired topic's slug and label). */
export function feedEntry(g: FeedGroup, siteUrl: string, topics: TopicList) {
  const place = groupPlace(g);
  const topic = topicInfo(topics, g.topic);
  const newcomers = admission(g);
  const hasRhythm = calendarRhythm(g) !== null;
  return {
    slug: g.slug,
    name: g.name,
    url: groupPageUrl(siteUrl, g.slug),
    notes: g.description,
    day: g.weekday ? meetingGuideDay(g.weekday) : null,
    time: g.startTime,
    end_time: g.startTime ? endTime(g.startTime, g.durationMinutes) : null,
    duration_minutes: g.durationMinutes,
    frequency: FREQUENCY[g.cadence],
    frequency_label: cadenceLabel[g.cadence],
    timezone: "Europe/Copenhagen",
    start_date: g.startDate ? g.startDate.toISOString().slice(0, 10) : null,
    location: place.name ?? place.text,
    formatted_address: place.text,
    address: place.address,
    postal_code: place.postalCode,
    city: place.city,
    region: place.city,
    country: "DK",
    // Never the online link (conference_url in Meeting Guide): only admitted participants get it.
    attendance_option: g.format === "ONLINE" ? ("online" as const) : ("in_person" as const),
    format: FORMAT[g.format],
    location_notes: locationNotes(g),
    accessibility: g.format !== "ONLINE" && g.venue ? ACCESSIBILITY.filter((k) => g.venue?.[k]).map((k) => ACCESSIBILITY_CODE[k]) : [],
    types: [topic.slug, ageBandSlug[g.ageBand], ...meetingGuideTypes(g)],
    topic,
    age_band: { slug: ageBandSlug[g.ageBand], label: ageBandLabel[g.ageBand] },
    state: { slug: stateSlug[g.state], label: statePublicLabel[g.state] },
    takes_newcomers: newcomers === "OPEN",
    newcomers: NEWCOMERS[newcomers],
    // A planned group: how many more it needs before it starts (counts only, never who), and the day the
    // coordinator expects it to start, as set (a reader compares it with today; the group page hides a
    // passed day).
    forming: g.forming
      ? {
          needed: g.forming.needed,
          minimum: g.forming.minimum,
          expected_start: g.expectedStartOn ? g.expectedStartOn.toISOString().slice(0, 10) : null,
        }
      : null,
    calendar_url: hasRhythm ? new URL(`/grupper/${encodeURIComponent(g.slug)}/kalender.ics`, siteUrl).toString() : null,
    updated: g.updatedAt.toISOString(),
  };
}

export type FeedEntry = ReturnType<typeof feedEntry>;
