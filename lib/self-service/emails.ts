// The emails of a member's own page ("Min side"). Pure builders; the commands' transactions queue them
// (lib/email/queue.ts). A link is kept out of the outbox copy. Subjects and first lines name no group
// and no topic (they show on lock screens).
import type { EmailMessage } from "@/lib/email/queue";
import { EMAIL_CHANGE_LINK_HOURS, SIGN_IN_LINK_MINUTES } from "@/lib/member-session/rules";
import { subjectWithName, type EmailOrg } from "@/lib/settings/identity";
import { REDACTED_LINK } from "@/lib/users/invite-email";

export const signInLink = (siteUrl: string, token: string) => `${siteUrl}/min-side/log-ind/${token}`;
export const emailChangeLink = (siteUrl: string, token: string) => `${siteUrl}/min-side/ny-email/${token}`;

/** A confirmed member asked for a link: greeted by their stored name (the owner confirmed it earlier). */
export function signInEmail(to: { email: string; name: string }, link: string, org: EmailOrg): EmailMessage {
  const body = (l: string) =>
    [
      `Kære ${to.name}`,
      `Du har bedt om et link til Min side hos ${org.orgName}. Åbn linket, og tryk på knappen for at logge ind:`,
      l,
      `Linket virker i ${SIGN_IN_LINK_MINUTES} minutter og kun én gang. Har du ikke bedt om det, kan du se bort fra denne email – ingen kan logge ind uden linket.`,
      org.emailSignature,
    ].join("\n\n");
  return { to: to.email, subject: subjectWithName(org, "Dit link til Min side"), text: body(link), outboxText: body(REDACTED_LINK) };
}

/**
 * Someone asked for a link with an address we have no confirmed member for. The page said the same
 * as for a member; only the owner of the address reads this, and it carries no link.
 */
export function noMemberEmail(to: string, siteUrl: string, org: EmailOrg): EmailMessage {
  return {
    to,
    subject: subjectWithName(org, "Dit link til Min side"),
    text: [
      "Hej",
      "Vi har fået en anmodning om et link til Min side med denne emailadresse, men vi har ikke et bekræftet medlemskab med den.",
      "Er du medlem, har du måske brugt en anden emailadresse hos os – prøv med den, eller ring til os. " +
        "Har du lige meldt dig ind eller søgt en gruppe, så åbn først linket i den email, vi sendte dig dengang.",
      `Har du ikke selv bedt om linket, kan du se bort fra denne email. Vi har ikke ændret noget. Læs mere på ${siteUrl}/privatliv`,
      org.emailSignature,
    ].join("\n\n"),
  };
}

/** Asks the owner of the new address to confirm it; nothing changes until they do. */
export function emailChangeEmail(to: string, link: string, org: EmailOrg): EmailMessage {
  const body = (l: string) =>
    [
      "Hej",
      `Et medlem af ${org.orgName} har bedt om at bruge denne emailadresse fremover. Er det dig, så åbn linket, og tryk på knappen:`,
      l,
      `Linket virker i ${EMAIL_CHANGE_LINK_HOURS} timer. Er det ikke dig, kan du se bort fra denne email – så ændrer vi ikke noget.`,
      org.emailSignature,
    ].join("\n\n");
  return { to, subject: subjectWithName(org, "Bekræft din nye emailadresse"), text: body(link), outboxText: body(REDACTED_LINK) };
}

/** The new address is already someone's at our end: tell its owner, change nothing, name nobody. */
export function emailInUseEmail(to: string, org: EmailOrg): EmailMessage {
  return {
    to,
    subject: subjectWithName(org, "Bekræft din nye emailadresse"),
    text: [
      "Hej",
      `Et medlem af ${org.orgName} har bedt om at bruge denne emailadresse fremover, men adressen er allerede registreret hos os. Vi har derfor ikke ændret noget.`,
      "Er det dig, så ring eller skriv til os, så hjælper vi. Er det ikke dig, kan du se bort fra denne email.",
      org.emailSignature,
    ].join("\n\n"),
  };
}

/** To the old address once the new one is confirmed: so a change nobody asked for does not go unnoticed. */
export function emailChangedNotice(to: { email: string; name: string }, org: EmailOrg): EmailMessage {
  return {
    to: to.email,
    subject: subjectWithName(org, "Din emailadresse er ændret"),
    text: [
      `Kære ${to.name}`,
      `Emailadressen på dit medlemskab hos ${org.orgName} er nu ændret. Vi skriver fremover til den nye adresse.`,
      "Har du ikke selv ændret den, så kontakt os hurtigst muligt.",
      org.emailSignature,
    ].join("\n\n"),
  };
}

/** To the coordinator: names no person. The request is on the privacy page. */
export function erasureRequestNotice(to: string, siteUrl: string): EmailMessage {
  return {
    to,
    subject: "Ny anmodning om sletning",
    text: ["Et medlem har bedt om at få sine oplysninger slettet.", `Log ind for at se og bekræfte den: ${siteUrl}/admin/privatliv`].join("\n\n"),
  };
}
