// The emails an applicant gets about a decision. Pure builders: lib/applications/data.ts queues them.
// Kind wording; no reason codes or internal words reach the applicant. The subject and the first
// lines show on lock screens and in inbox previews: they name no group and no topic (a group's name
// often is its topic), which comes further down in the body.
import type { EmailMessage } from "@/lib/email/message";
import { formatDate, formatTimeRange } from "@/lib/format";
import { cadenceLabel, weekdayLabel, type CadenceValue, type GroupStateValue } from "@/lib/groups/labels";
import { isForming, showsExpectedStart } from "@/lib/groups/forming-rules";
import { subjectWithName, type EmailOrg } from "@/lib/settings/identity";
import { todayInDenmark } from "@/lib/validation/fields";

/** When and where a group meets, as the emails about it say it. */
export type MeetingFacts = {
  weekday: number | null;
  startTime: string | null;
  durationMinutes: number;
  cadence: CadenceValue;
  place: string;
  startDate: Date | null;
};

export type DecisionEmailFacts = {
  member: { name: string; email: string };
  group: MeetingFacts & {
    name: string;
    /** Absent in older callers: then the group is taken as running. */
    state?: GroupStateValue;
    expectedStartOn?: Date | null;
  };
  org: EmailOrg;
};

/** The same calm subject for every decision: a lock screen shows neither the group nor the answer. */
export const decisionSubject = (org: EmailOrg) => subjectWithName(org, "Svar på din ansøgning");

export function whenLine(g: MeetingFacts): string {
  if (g.weekday === null || !g.startTime) return "Vi kontakter dig om, hvornår gruppen mødes første gang.";
  const day = weekdayLabel[g.weekday].toLowerCase();
  const start = g.startDate && g.startDate > new Date() ? ` fra ${formatDate(g.startDate)}` : "";
  return `Gruppen mødes ${cadenceLabel[g.cadence].toLowerCase()} om ${day}en ${formatTimeRange(g.startTime, g.durationMinutes)}${start}.`;
}

/** A planned group has not started yet: say so, and when it is expected to, so the first meeting is no surprise. */
function formingLines(g: DecisionEmailFacts["group"]): string[] {
  if (!g.state || !isForming(g.state)) return [];
  const expected = showsExpectedStart(g.expectedStartOn, todayInDenmark()) ? ` Vi forventer at starte omkring ${formatDate(g.expectedStartOn)}.` : "";
  return [`Gruppen er ved at blive samlet, og du er med fra første gang, den mødes. Vi skriver til dig, når den starter.${expected}`];
}

export function acceptedEmail(f: DecisionEmailFacts): EmailMessage {
  return {
    to: f.member.email,
    subject: decisionSubject(f.org),
    text: [
      `Kære ${f.member.name}`,
      "Tak for din ansøgning. Vi er glade for at kunne fortælle, at der er en plads til dig.",
      `Du er optaget i selvhjælpsgruppen "${f.group.name}", og vi glæder os til at byde dig velkommen.`,
      whenLine(f.group),
      ...formingLines(f.group),
      `Sted: ${f.group.place}`,
      "I gruppen deler I kun det, I selv har lyst til, og alle har tavshedspligt – også når gruppen er slut.",
      "Har du spørgsmål, eller bliver du forhindret, er du velkommen til at kontakte os.",
      f.org.emailSignature,
    ].join("\n\n"),
  };
}

export function waitlistedEmail(f: DecisionEmailFacts): EmailMessage {
  return {
    to: f.member.email,
    subject: decisionSubject(f.org),
    text: [
      `Kære ${f.member.name}`,
      "Tak for din ansøgning. Lige nu er der ikke en ledig plads, så vi har sat dig på venteliste.",
      `Det gælder selvhjælpsgruppen "${f.group.name}". Vi kontakter dig, så snart der bliver en plads, eller hvis en anden gruppe kan passe til dig.`,
      f.org.emailSignature,
    ].join("\n\n"),
  };
}

export function declinedEmail(f: DecisionEmailFacts): EmailMessage {
  return {
    to: f.member.email,
    subject: decisionSubject(f.org),
    text: [
      `Kære ${f.member.name}`,
      "Tak for din ansøgning og for den tillid, du har vist os.",
      `Vi kan desværre ikke tilbyde dig en plads i selvhjælpsgruppen "${f.group.name}" denne gang.`,
      "Du er altid velkommen til at kontakte os, så vi sammen kan finde ud af, om en anden gruppe eller et andet tilbud kan hjælpe dig.",
      f.org.emailSignature,
    ].join("\n\n"),
  };
}
