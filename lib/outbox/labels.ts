// How the admin outbox names a mail's delivery state. Pure; safe in the browser.
import { formatDateTime } from "@/lib/format";

export type DeliveryFacts = { sentAt: Date | null; failedAt: Date | null; attempts: number };

/**
 * "Sendt …", "Venter (forsøg n)" (n: the attempt it waits for), "Opgivet efter n forsøg", or — with
 * no mail server set up, where the outbox itself is the delivery — "Gemt i udbakken (ingen mailserver)".
 */
export function deliveryStatus(mail: DeliveryFacts, mailServer: boolean): string {
  if (mail.sentAt) return `Sendt ${formatDateTime(mail.sentAt)}`;
  if (mail.failedAt) return mail.attempts > 0 ? `Opgivet efter ${mail.attempts} forsøg` : "Opgivet – for gammel til at blive sendt";
  if (!mailServer) return "Gemt i udbakken (ingen mailserver)";
  return `Venter (forsøg ${mail.attempts + 1})`;
}

/** What the kind of the last failure means, in words an administrator can act on. */
export function errorKindLabel(kind: string): string {
  const code = kind.split(" ")[0];
  if (code === "Expired") return "Mailen blev ikke sendt i tide og er opgivet.";
  if (code === "SealError") return "Mailens link kunne ikke åbnes (sidens hemmelige nøgle er skiftet). Send en ny.";
  if (code === "EAUTH") return `Mailserveren afviste sidens login (${kind}).`;
  if (code === "EENVELOPE") return `Mailserveren afviste afsender eller modtager (${kind}).`;
  if (["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED", "EGREETING"].includes(code)) return `Mailserveren kunne ikke nås (${kind}).`;
  return `Afsendelsen fejlede (${kind}).`;
}
