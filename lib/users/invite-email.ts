import type { EmailOrg } from "@/lib/settings/identity";
import { INVITE_VALID_HOURS, roleLabel, type RoleValue } from "./schema";

/** What the outbox shows where the invitation link was: the live link is never stored. */
export const REDACTED_LINK = "[link sendt – vises ikke]";

/**
 * The invitation email. The link carries the only copy of the token outside the recipient's inbox:
 * the outbox keeps `outboxText`, the same mail with the link replaced by REDACTED_LINK.
 */
export const inviteLink = (siteUrl: string, token: string) => `${siteUrl.replace(/\/$/, "")}/invitation/${token}`;

export function inviteEmail(input: { name: string; email: string; role: RoleValue; token: string; siteUrl: string; org: EmailOrg }) {
  const link = inviteLink(input.siteUrl, input.token);
  const body = (linkText: string) =>
    [
      `Hej ${input.name}`,
      "",
      `Du er inviteret som ${roleLabel[input.role].toLowerCase()} i ${input.org.orgNameGenitive} administration.`,
      "Vælg din adgangskode via linket her. Linket virker én gang og i " + INVITE_VALID_HOURS + " timer:",
      "",
      linkText,
      "",
      "Har du ikke ventet denne mail, kan du se bort fra den.",
      "",
      input.org.emailSignature,
    ].join("\n");
  return { to: input.email, subject: `Din invitation til ${input.org.orgName}`, text: body(link), outboxText: body(REDACTED_LINK) };
}
