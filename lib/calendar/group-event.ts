// A group's meetings as one recurring calendar event. Pure: the route handlers read the group and
// pass it here; lib/calendar/ics.ts writes the text.
import { ageBandLabel, cadenceLabel } from "@/lib/groups/labels";
import { topicInfo, type TopicList } from "@/lib/topics/topics";
import { groupPlace } from "@/lib/groups/place";
import type { GroupSchedule } from "@/lib/groups/schedule";
import type { CalendarEvent, LocalDateTime } from "./ics";

export type CalendarGroup = GroupSchedule & { createdAt: Date; updatedAt: Date };

export type Rhythm = { interval: 1 | 2; weekday: number; hour: number; minute: number };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The weekly rhythm a calendar can repeat, or null: a group that has not ended, meets every week or
 * every other week, and has a weekday and a start time.
 */
export function calendarRhythm(group: Pick<CalendarGroup, "cadence" | "weekday" | "startTime" | "state">): Rhythm | null {
  if (group.state === "ENDED") return null;
  const interval = group.cadence === "WEEKLY" ? 1 : group.cadence === "BIWEEKLY" ? 2 : null;
  const time = group.startTime ? TIME.exec(group.startTime) : null;
  if (!interval || !time || !group.weekday || group.weekday < 1 || group.weekday > 7) return null;
  return { interval, weekday: group.weekday, hour: Number(time[1]), minute: Number(time[2]) };
}

/** The Danish calendar day of an instant, as UTC midnight. */
function danishDay(instant: Date): Date {
  const text = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
  return new Date(`${text}T00:00:00Z`);
}

/** Wall-clock arithmetic on a local time: the date rolls over past midnight, the zone is not involved. */
function addMinutes(t: LocalDateTime, minutes: number): LocalDateTime {
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) + minutes * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/**
 * The first meeting: the group's weekday on or after its start date, or, without one, after the day the
 * group was created. The series is anchored there, so an every-other-week group keeps its weeks.
 */
export function firstMeeting(group: Pick<CalendarGroup, "startDate" | "createdAt">, rhythm: Rhythm): LocalDateTime {
  const anchor = group.startDate ?? danishDay(group.createdAt);
  const isoWeekday = ((anchor.getUTCDay() + 6) % 7) + 1;
  const day = new Date(anchor.getTime() + ((rhythm.weekday - isoWeekday + 7) % 7) * 86_400_000);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: rhythm.hour, minute: rhythm.minute };
}

export function groupPageUrl(siteUrl: string, slug: string): string {
  return new URL(`/grupper/${encodeURIComponent(slug)}`, siteUrl).toString();
}

/** The group's recurring meeting, or null when it has no rhythm a calendar can repeat. `topics`: every topic. */
export function groupCalendarEvent(group: CalendarGroup, siteUrl: string, topics: TopicList): CalendarEvent | null {
  const rhythm = calendarRhythm(group);
  if (!rhythm) return null;
  const start = firstMeeting(group, rhythm);
  const topic = topicInfo(topics, group.topic);
  const planned = group.state === "PLANNED" ? " Gruppen er under planlægning, så tidspunktet kan ændre sig." : "";
  const url = groupPageUrl(siteUrl, group.slug);
  return {
    uid: `group-${group.id}@${new URL(siteUrl).host}`,
    stamp: group.updatedAt,
    start,
    end: addMinutes(start, group.durationMinutes > 0 ? group.durationMinutes : 120),
    recurrence: { interval: rhythm.interval, weekday: rhythm.weekday },
    summary: group.name,
    location: groupPlace(group).text || null,
    description: `Selvhjælpsgruppe: ${topic.label} · ${ageBandLabel[group.ageBand]}. ${cadenceLabel[group.cadence]}.${planned} ${url}`,
    url,
  };
}

/** The file name a download gets: the slug is already lowercase letters, digits and hyphens. */
export function calendarFileName(slug: string): string {
  return `${slug.replace(/[^a-z0-9-]/g, "") || "gruppe"}.ics`;
}
