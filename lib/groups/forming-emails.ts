// The emails a forming group causes. Pure builders: lib/groups/forming.ts, lib/interest/demand.ts and
// lib/groups/lifecycle-notices.ts queue them. The subject and the first lines show on lock screens and
// in inbox previews: they name no group, no topic and no person; the group comes further down in the
// body (the coordinator's notices never name it: the coordinator reads it after signing in).
import type { EmailMessage } from "@/lib/email/message";
import { formatDate } from "@/lib/format";
import { whenLine, type MeetingFacts } from "@/lib/applications/emails";
import type { EmailOrg } from "@/lib/settings/identity";

/** The one subject for news about a group someone applied to or takes part in. */
export const groupNewsSubject = (org: EmailOrg) => `Nyt fra ${org.orgName}`;
export const GROUP_NEWS_OPENING = "Vi skriver til dig, fordi der er nyt om den gruppe, du har søgt eller er optaget i.";

export function minimumReachedNotice(to: string, groupId: string, siteUrl: string): EmailMessage {
  return {
    to,
    subject: "En planlagt gruppe har nok deltagere til at starte",
    text: [
      "En gruppe under planlægning har nu nok deltagere med holdt forsamtale til at kunne starte.",
      `Log ind for at se den: ${siteUrl}/admin/grupper/${encodeURIComponent(groupId)}`,
    ].join("\n\n"),
  };
}

export function interestReachedNotice(to: string, siteUrl: string): EmailMessage {
  return {
    to,
    subject: "Nok interesse til en ny gruppe",
    text: [
      "På interesselisten venter nu nok bekræftede personer med samme emne og aldersgruppe til, at en ny gruppe kan starte.",
      `Log ind for at se hvor: ${siteUrl}/admin`,
    ].join("\n\n"),
  };
}

/** How the recipient stands with the group: taking part (admitted), or with an open application. */
export type Standing = "PARTICIPANT" | "RECEIVED" | "WAITLISTED";

export type GroupNewsFacts = {
  to: string;
  /** The member's stored name, only when the member has confirmed their address; else a neutral greeting. */
  confirmedName: string | null;
  standing: Standing;
  group: MeetingFacts & { name: string };
  org: EmailOrg;
};

const greeting = (f: GroupNewsFacts) => (f.confirmedName ? `Kære ${f.confirmedName}` : "Hej");

function news(f: GroupNewsFacts, body: string[]): EmailMessage {
  return { to: f.to, subject: groupNewsSubject(f.org), text: [greeting(f), GROUP_NEWS_OPENING, ...body, f.org.emailSignature].join("\n\n") };
}

/** PLANNED → STARTING: the group has enough people and begins. */
export function groupStartsEmail(f: GroupNewsFacts): EmailMessage {
  const name = `selvhjælpsgruppen "${f.group.name}"`;
  if (f.standing === "PARTICIPANT") {
    return news(f, [
      `Nu starter ${name}, som du er optaget i.`,
      whenLine(f.group),
      `Sted: ${f.group.place}`,
      "I starten er 1–2 frivillige igangsættere med i gruppen. Bliver du forhindret, er du velkommen til at kontakte os.",
    ]);
  }
  return news(f, [
    `Nu starter ${name}, som du har søgt om en plads i.`,
    f.standing === "WAITLISTED"
      ? "Du står stadig på ventelisten. Vi kontakter dig, så snart der bliver en plads, eller hvis en anden gruppe kan passe til dig."
      : "Vi har ikke afgjort din ansøgning endnu. Vi kontakter dig, så snart vi kan give dig et svar.",
  ]);
}

/** PLANNED → ENDED: the group will not start after all. */
export function groupCancelledEmail(f: GroupNewsFacts, interestUrl: string): EmailMessage {
  return news(f, [
    `Vi må desværre fortælle, at selvhjælpsgruppen "${f.group.name}" ikke bliver til noget alligevel.`,
    f.standing === "PARTICIPANT"
      ? "Din plads i gruppen bortfalder derfor. Det er vi kede af."
      : "Din ansøgning kan derfor ikke føre til en plads i gruppen. Det er vi kede af.",
    "Du er velkommen til at kontakte os, så finder vi sammen ud af, om en anden gruppe kan passe til dig. " +
      `Du kan også skrive dig på interesselisten, så hører du fra os, når vi starter en ny gruppe: ${interestUrl}`,
  ]);
}

/** "Vi forventer at starte omkring 3. marts 2027." for a planned group with an expected start ahead. */
export function expectedStartLine(expectedStartOn: Date): string {
  return `Vi forventer at starte omkring ${formatDate(expectedStartOn)}.`;
}
