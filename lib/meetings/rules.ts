// Pure rules for recording meetings. Safe in the browser.
import { todayInDenmark } from "@/lib/validation/fields";

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
