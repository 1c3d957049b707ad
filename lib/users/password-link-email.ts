import type { EmailOrg } from "@/lib/settings/identity";
import { REDACTED_LINK } from "./invite-email";
import { PASSWORD_LINK_VALID_HOURS, RESET_VALID_HOURS } from "./schema";

/**
 * The page where a reset link (from "Glemt adgangskode?") or an administrator's set-password link is
 * used. Like an invitation, the token travels only in the mail: the outbox keeps `outboxText`, the
 * same mail with the link replaced by REDACTED_LINK.
 */
export const passwordLink = (siteUrl: string, token: string) => `${siteUrl.replace(/\/$/, "")}/login/ny-adgangskode/${token}`;

type Recipient = { name: string; email: string; token: string; siteUrl: string; org: EmailOrg };

const hoursText = (hours: number) => (hours === 1 ? "1 time" : `${hours} timer`);

function message(to: string, subject: string, lines: (linkText: string) => string[], link: string) {
  const body = (linkText: string) => lines(linkText).join("\n");
  return { to, subject, text: body(link), outboxText: body(REDACTED_LINK) };
}

/** Sent when someone asks "Glemt adgangskode?" for an active account's address. Nothing in it but the stored name and the link. */
export function resetEmail(input: Recipient) {
  return message(
    input.email,
    `Vælg en ny adgangskode til ${input.org.orgName}`,
    (linkText) => [
      `Hej ${input.name}`,
      "",
      `Der er bedt om et link til at vælge en ny adgangskode til din bruger i ${input.org.orgNameGenitive} administration.`,
      `Vælg en ny adgangskode via linket her. Linket virker én gang og i ${hoursText(RESET_VALID_HOURS)}:`,
      "",
      linkText,
      "",
      "Har du ikke selv bedt om det, kan du se bort fra denne mail. Din adgangskode er ikke ændret.",
      "",
      input.org.emailSignature,
    ],
    passwordLink(input.siteUrl, input.token),
  );
}

/** Sent when an administrator sends an account that has a password a new set-password link. */
export function adminPasswordLinkEmail(input: Recipient) {
  return message(
    input.email,
    `Nyt link til at vælge adgangskode til ${input.org.orgName}`,
    (linkText) => [
      `Hej ${input.name}`,
      "",
      `En koordinator har sendt dig et link til at vælge en ny adgangskode til ${input.org.orgNameGenitive} administration.`,
      `Linket virker én gang og i ${hoursText(PASSWORD_LINK_VALID_HOURS)}. Indtil du bruger det, virker din nuværende adgangskode stadig:`,
      "",
      linkText,
      "",
      "Har du ikke ventet denne mail, kan du se bort fra den.",
      "",
      input.org.emailSignature,
    ],
    passwordLink(input.siteUrl, input.token),
  );
}
