// What every public description of a group's meetings reads — the calendar file and feed, the
// open-data feed, the structured data on its page: who the group is for, when and where it meets.
// Pure types and arithmetic; lib/groups/selects.ts groupScheduleSelect reads exactly these fields.
import type { TopicKey } from "@/lib/topics/topics";
import type { GroupWhere } from "./place";
import type { AgeBandValue, CadenceValue, GroupStateValue } from "./labels";

export type GroupSchedule = GroupWhere & {
  id: string;
  slug: string;
  name: string;
  topic: TopicKey;
  ageBand: AgeBandValue;
  cadence: CadenceValue;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number | null;
  /** "HH:MM", Danish local time. */
  startTime: string | null;
  durationMinutes: number;
  state: GroupStateValue;
  /** A calendar day (UTC midnight), when the group has a start date. */
  startDate: Date | null;
};

/** "HH:MM" plus a duration, on a 24-hour clock (a meeting past midnight ends the next day). */
export function endTime(start: string, minutes: number): string {
  const [h, m] = start.split(":").map(Number);
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}
