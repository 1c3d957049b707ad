// The emails an applicant gets about a decision. Pure builders: the action sends them.
// Kind wording; no reason codes or internal words reach the applicant.
import type { EmailMessage } from "@/lib/email/send";
import { formatDate, formatTimeRange } from "@/lib/format";
import { cadenceLabel, weekdayLabel, type CadenceValue } from "@/lib/groups/labels";

export type DecisionEmailFacts = {
  member: { name: string; email: string };
  group: {
    name: string;
    weekday: number | null;
    startTime: string | null;
    durationMinutes: number;
    cadence: CadenceValue;
    place: string;
    startDate: Date | null;
  };
};

const SIGNATURE = "Venlig hilsen\nSelvhjælp Herning\nFredensgade 14, 7400 Herning";

function whenLine(g: DecisionEmailFacts["group"]): string {
  if (g.weekday === null || !g.startTime) return "Vi kontakter dig om, hvornår gruppen mødes første gang.";
  const day = weekdayLabel[g.weekday].toLowerCase();
  const start = g.startDate && g.startDate > new Date() ? ` fra ${formatDate(g.startDate)}` : "";
  return `Gruppen mødes ${cadenceLabel[g.cadence].toLowerCase()} om ${day}en ${formatTimeRange(g.startTime, g.durationMinutes)}${start}.`;
}

export function acceptedEmail(f: DecisionEmailFacts): EmailMessage {
  return {
    to: f.member.email,
    subject: `Velkommen i gruppen ${f.group.name}`,
    text: [
      `Kære ${f.member.name}`,
      `Vi er glade for at kunne byde dig velkommen i selvhjælpsgruppen "${f.group.name}".`,
      whenLine(f.group),
      `Sted: ${f.group.place}`,
      "I gruppen deler I kun det, I selv har lyst til, og alle har tavshedspligt – også når gruppen er slut.",
      "Har du spørgsmål, eller bliver du forhindret, er du velkommen til at kontakte os.",
      SIGNATURE,
    ].join("\n\n"),
  };
}

export function waitlistedEmail(f: DecisionEmailFacts): EmailMessage {
  return {
    to: f.member.email,
    subject: `Du er på venteliste til ${f.group.name}`,
    text: [
      `Kære ${f.member.name}`,
      `Tak for din ansøgning til selvhjælpsgruppen "${f.group.name}". Lige nu er der ikke plads, så vi har sat dig på venteliste.`,
      "Vi kontakter dig, så snart der bliver en plads, eller hvis en anden gruppe kan passe til dig.",
      SIGNATURE,
    ].join("\n\n"),
  };
}

export function declinedEmail(f: DecisionEmailFacts): EmailMessage {
  return {
    to: f.member.email,
    subject: "Svar på din ansøgning",
    text: [
      `Kære ${f.member.name}`,
      `Tak for din ansøgning til selvhjælpsgruppen "${f.group.name}" og for den tillid, du har vist os.`,
      "Vi kan desværre ikke tilbyde dig en plads i gruppen denne gang.",
      "Du er altid velkommen til at kontakte os, så vi sammen kan finde ud af, om en anden gruppe eller et andet tilbud kan hjælpe dig.",
      SIGNATURE,
    ].join("\n\n"),
  };
}
