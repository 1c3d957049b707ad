// The emails that ask the owner of an address to confirm a public submission. Pure builders; the
// submission's transaction queues them (lib/email/queue.ts).
// They greet with the stored name of a confirmed member only: text that someone else typed into a
// public form never reaches the owner of the address. Subjects and first lines name no group and no
// topic (they show on lock screens); the link itself is kept out of the outbox copy.
import type { EmailMessage } from "@/lib/email/queue";
import { subjectWithName, type EmailOrg } from "@/lib/settings/identity";
import { REDACTED_LINK } from "@/lib/users/invite-email";
import { CONFIRMATION_DAYS, type ConfirmationPurpose } from "./rules";

/** A confirmed member's stored name, or nothing: never a name typed into the form. */
export type Recipient = { email: string; storedName: string | null };

const greeting = (to: Recipient) => (to.storedName ? `Kære ${to.storedName}` : "Hej");

export function confirmationLink(siteUrl: string, token: string): string {
  return `${siteUrl}/bekraeft/${token}`;
}

const SUBJECT: Record<ConfirmationPurpose, string> = {
  MEMBER: "Bekræft din indmeldelse",
  APPLICATION: "Bekræft din ansøgning",
  INTEREST: "Bekræft din tilmelding",
  RENEWAL: "Bekræft dit nye medlemskab",
};

function what(purpose: ConfirmationPurpose, about: string | null, org: EmailOrg): string {
  switch (purpose) {
    case "MEMBER":
      return `Vi har fået en indmeldelse i ${org.orgName} med denne emailadresse.`;
    case "APPLICATION":
      return `Vi har fået en ansøgning om en plads i selvhjælpsgruppen "${about}" med denne emailadresse.`;
    case "INTEREST":
      return `Vi har fået en tilmelding til vores interesseliste (${about}) med denne emailadresse.`;
    case "RENEWAL":
      return "Vi har fået en indmeldelse med denne emailadresse. Du er allerede registreret hos os, men dit medlemskab er udløbet.";
  }
}

const CONFIRM_LINE: Record<ConfirmationPurpose, string> = {
  MEMBER: "Bekræft, at det er dig, der vil være medlem, ved at åbne linket:",
  APPLICATION: "Bekræft, at det er dig, der har søgt, ved at åbne linket:",
  INTEREST: "Bekræft, at det er dig, der vil stå på listen, ved at åbne linket:",
  RENEWAL: "Vil du forny dit medlemskab, så bekræft det ved at åbne linket:",
};

/**
 * Asks the owner of the address to confirm. `about` is the group's name (APPLICATION) or the topic
 * and age band (INTEREST): in the body only.
 */
export function confirmationRequest(p: {
  to: Recipient;
  purpose: ConfirmationPurpose;
  about: string | null;
  link: string;
  org: EmailOrg;
}): EmailMessage {
  const body = (link: string) =>
    [
      greeting(p.to),
      what(p.purpose, p.about, p.org),
      `${CONFIRM_LINE[p.purpose]}\n${link}`,
      `Linket virker i ${CONFIRMATION_DAYS} dage. Er det ikke dig, kan du se bort fra denne email – så sletter vi oplysningerne igen af sig selv.`,
      p.org.emailSignature,
    ].join("\n\n");
  return { to: p.to.email, subject: subjectWithName(p.org, SUBJECT[p.purpose]), text: body(p.link), outboxText: body(REDACTED_LINK) };
}

/** Someone used the address of a member who already has a valid membership: tell the owner, change nothing. */
export function alreadyMember(to: Recipient, siteUrl: string, org: EmailOrg): EmailMessage {
  return {
    to: to.email,
    subject: subjectWithName(org, "Om din indmeldelse"),
    text: [
      greeting(to),
      `Vi har fået en indmeldelse med denne emailadresse, men du er allerede medlem af ${org.orgName}. Du skal ikke gøre noget.`,
      `Er det ikke dig, der har udfyldt formularen, kan du se bort fra denne email. Vi har ikke ændret noget. Læs mere på ${siteUrl}/privatliv`,
      org.emailSignature,
    ].join("\n\n"),
  };
}

/** An application to a group this address already has an open application for: tell the owner, change nothing. */
export function alreadyApplied(to: Recipient, groupName: string, org: EmailOrg): EmailMessage {
  return {
    to: to.email,
    subject: subjectWithName(org, "Om din ansøgning"),
    text: [
      greeting(to),
      `Vi har fået en ansøgning til selvhjælpsgruppen "${groupName}" med denne emailadresse. Der ligger allerede en ansøgning til gruppen fra dig, så du skal ikke gøre noget – en koordinator kontakter dig.`,
      "Er det ikke dig, der har udfyldt formularen, kan du se bort fra denne email. Vi har ikke ændret noget.",
      org.emailSignature,
    ].join("\n\n"),
  };
}
