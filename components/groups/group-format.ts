// Danish wording for a group's facts on the public pages. Pure; safe in the browser.
import { formatDuration, formatTimeRange } from "@/lib/format";
import { cadenceLabel, statePublicLabel, weekdayLabel, type CadenceValue, type GroupStateValue } from "@/lib/groups/labels";
import type { CatalogueState } from "@/lib/groups/rules";

/** "Hver uge", "Hver anden uge" or "Efter aftale". */
export function rhythmText(cadence: CadenceValue): string {
  return cadenceLabel[cadence];
}

/** "Tirsdag kl. 19.00–21.00"; says plainly when the day or time is not decided yet. */
export function scheduleText(group: { weekday: number | null; startTime: string | null; durationMinutes: number }): string {
  const day = group.weekday ? weekdayLabel[group.weekday] : null;
  if (day && group.startTime) return `${day} ${formatTimeRange(group.startTime, group.durationMinutes)}`;
  if (day) return `${day}, tidspunktet aftales`;
  if (group.startTime) return `${formatTimeRange(group.startTime, group.durationMinutes)}, dagen aftales`;
  return "Dag og tidspunkt aftales med deltagerne";
}

/** "Typisk 2 timer" for the meeting length. */
export function durationText(minutes: number): string {
  return formatDuration(minutes);
}

export function stateText(state: GroupStateValue): string {
  return statePublicLabel[state];
}

/** Whether the group takes newcomers, and if not, why, in plain Danish. */
export function newcomerText(group: { state: GroupStateValue; takesNewcomers: boolean; isFull: boolean }): string {
  if (group.state === "ENDED") return "Gruppen er afsluttet og tager ikke imod nye deltagere";
  if (group.takesNewcomers) return "Tager imod nye deltagere";
  if (group.isFull) return "Gruppen er fuld lige nu";
  return "Tager ikke imod nye deltagere lige nu";
}

/** Short names of the states for the catalogue's filter. */
export const stateShortText: Record<CatalogueState, string> = {
  PLANNED: "Under planlægning",
  STARTING: "I opstart med igangsættere",
  WITHDRAWING: "Igangsætterne trækker sig",
  SELF_RUNNING: "Kører selv",
};
