// When a group's own rhythm expected a meeting, which days the attendance reminder looks at, and from
// which day a meeting can be recorded.
// Pure: no I/O; safe in the browser. Days are Danish calendar days stored as UTC midnight.
import { isFacilitated, isRunning } from "@/lib/groups/rules";
import type { CadenceValue, GroupStateValue } from "@/lib/groups/labels";
import { todayInDenmark } from "@/lib/validation/fields";

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/** How many days back the reminder looks (yesterday first), so a day the job could not run is caught up. */
export const REMINDER_LOOKBACK_DAYS = 3;

/** A meeting recorded this many days before the expected day, or any day since, counts: the group moved it. */
export const MOVED_MEETING_DAYS = 3;

export type RhythmFacts = {
  state: GroupStateValue;
  cadence: CadenceValue;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number | null;
  startDate: Date | null;
  plannedEndDate: Date | null;
};

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar day stored as UTC midnight. */
export const isoWeekday = (day: Date) => ((day.getUTCDay() + 6) % 7) + 1;

const mondayOf = (day: Date) => day.getTime() - (isoWeekday(day) - 1) * DAY;

/**
 * Whether the group's rhythm had a meeting on `day`: a running group its facilitators still carry
 * (starting or withdrawing — a self-running group has no facilitator to remind), meeting weekly or
 * every other week on a set weekday, on or after its start date and not after its planned end.
 * Every other week counts from the week of the start date (without one, the weeks are unknown).
 * An "other" rhythm has no expected days.
 */
export function meetingExpectedOn(g: RhythmFacts, day: Date): boolean {
  if (!isRunning(g.state) || !isFacilitated(g.state)) return false;
  if (g.weekday === null || g.cadence === "OTHER" || isoWeekday(day) !== g.weekday) return false;
  const start = g.startDate ? todayInDenmark(g.startDate) : null;
  if (start && day < start) return false;
  if (g.plannedEndDate && day > todayInDenmark(g.plannedEndDate)) return false;
  if (g.cadence === "WEEKLY") return true;
  if (!start) return false;
  return Math.round((mondayOf(day) - mondayOf(start)) / WEEK) % 2 === 0;
}

/** The days the reminder looks at on `now`: yesterday, then the days before it (never today). */
export function reminderDays(now: Date): Date[] {
  const today = todayInDenmark(now).getTime();
  return Array.from({ length: REMINDER_LOOKBACK_DAYS }, (_, i) => new Date(today - (i + 1) * DAY));
}

/** Whether a recorded meeting accounts for the expected day (the same day, a few days before, or any day since). */
export function meetingAccountsFor(heldOn: Date, expected: Date): boolean {
  return heldOn.getTime() >= expected.getTime() - MOVED_MEETING_DAYS * DAY;
}

/**
 * The expected meeting day to remind about: the latest of the looked-at days that the rhythm expected,
 * not accounted for by a recorded meeting and not yet reminded. Null when there is none.
 */
export function dayToRemind(g: RhythmFacts, now: Date, meetings: Date[], reminded: Date[]): Date | null {
  const done = new Set(reminded.map((d) => d.getTime()));
  for (const day of reminderDays(now)) {
    if (!meetingExpectedOn(g, day)) continue;
    if (meetings.some((m) => meetingAccountsFor(m, day))) return null; // met then or since: nothing older is due either
    return done.has(day.getTime()) ? null : day;
  }
  return null;
}

/**
 * The first calendar day a meeting of the group can be dated: the Danish day of its start (startDate is
 * the moment it went to STARTING, or the day a coordinator set), or null while it has none.
 */
export function earliestMeetingDay(startDate: Date | null): Date | null {
  return startDate ? todayInDenmark(startDate) : null;
}

/** A meeting dated (a calendar day, as stored) before the group's start is refused. */
export function isBeforeStart(heldOn: Date, startDate: Date | null): boolean {
  const earliest = earliestMeetingDay(startDate);
  return earliest !== null && heldOn.getTime() < earliest.getTime();
}
