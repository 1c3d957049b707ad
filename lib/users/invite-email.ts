import { INVITE_VALID_HOURS, roleLabel, type RoleValue } from "./schema";

/** The invitation email. The link carries the only copy of the token outside the recipient's inbox. */
export function inviteEmail(input: { name: string; email: string; role: RoleValue; token: string; siteUrl: string }) {
  const link = `${input.siteUrl.replace(/\/$/, "")}/invitation/${input.token}`;
  return {
    to: input.email,
    subject: "Din invitation til Selvhjælp Herning",
    text: [
      `Hej ${input.name}`,
      "",
      `Du er inviteret som ${roleLabel[input.role].toLowerCase()} i Selvhjælp Herning's administration.`,
      "Vælg din adgangskode via linket her. Linket virker én gang og i " + INVITE_VALID_HOURS + " timer:",
      "",
      link,
      "",
      "Har du ikke ventet denne mail, kan du se bort fra den.",
      "",
      "Venlig hilsen",
      "Selvhjælp Herning",
    ].join("\n"),
  };
}
