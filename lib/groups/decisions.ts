// The group's own decisions (rhythm, openness, planned end) and the history line each change makes.
// Generated here, never free text from users. Pure and safe in the browser.
import { formatDate } from "@/lib/format";
import { cadenceLabel, weekdayLabel, type CadenceValue } from "./labels";

export type GroupDecisions = {
  cadence: CadenceValue;
  weekday: number | null;
  startTime: string | null;
  openForNewcomers: boolean;
  plannedEndDate: Date | null;
};

const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Short Danish descriptions of what changed, e.g. ["Mødes nu hver uge", "Lukket for nye deltagere"]. */
export function describeDecisionChanges(before: GroupDecisions, after: GroupDecisions): string[] {
  const lines: string[] = [];
  if (before.cadence !== after.cadence) lines.push(`Mødefrekvens: ${cadenceLabel[after.cadence].toLowerCase()}`);
  if (before.weekday !== after.weekday) {
    lines.push(after.weekday ? `Mødedag: ${weekdayLabel[after.weekday].toLowerCase()}` : "Mødedag: ikke fastlagt");
  }
  if (before.startTime !== after.startTime)
    lines.push(after.startTime ? `Mødetid: kl. ${after.startTime.replace(":", ".")}` : "Mødetid: ikke fastlagt");
  if (before.openForNewcomers !== after.openForNewcomers) lines.push(after.openForNewcomers ? "Åben for nye deltagere" : "Lukket for nye deltagere");
  if (!sameDay(before.plannedEndDate, after.plannedEndDate)) {
    lines.push(after.plannedEndDate ? `Planlagt slutdato: ${formatDate(after.plannedEndDate)}` : "Planlagt slutdato fjernet");
  }
  return lines;
}
