import "server-only";
import type { EmailMessage } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { formatKroner } from "@/lib/format";
import type { OrgSettings } from "@/lib/settings/data";
import { subjectWithName, type EmailOrg } from "@/lib/settings/identity";

type Payment = { feeOre: number; status: "PENDING_PAYMENT" | "PAID" | "WAIVED" };

/** How to pay, in plain words; nothing to pay when the fee is waived or already paid. */
export function paymentText(payment: Payment, settings: Pick<OrgSettings, "mobilePayNumber" | "bankAccount">): string {
  if (payment.status === "WAIVED" || payment.feeOre === 0) return "Børn og unge under 18 år betaler ikke kontingent, så du skal ikke betale noget.";
  if (payment.status === "PAID") return "Dit kontingent er allerede betalt.";
  const ways = [
    settings.mobilePayNumber ? `MobilePay til ${settings.mobilePayNumber}` : null,
    settings.bankAccount ? `bankoverførsel til konto ${settings.bankAccount}` : null,
  ].filter(Boolean);
  const how = ways.length > 0 ? `Du kan betale med ${ways.join(" eller ")}. Skriv dit navn ved betalingen.` : "Vi fortæller dig, hvordan du betaler.";
  return `Kontingentet er ${formatKroner(payment.feeOre)} om året. ${how}`;
}

export function applicantConfirmation(
  to: { name: string; email: string },
  groupName: string,
  payment: Payment,
  settings: OrgSettings,
  org: EmailOrg,
): EmailMessage {
  return {
    to: to.email,
    subject: subjectWithName(org, "Tak for din ansøgning"),
    text: [
      `Kære ${to.name}`,
      `Tak fordi du har bekræftet din ansøgning til selvhjælpsgruppen "${groupName}".`,
      "Hvad sker der nu? En koordinator ringer eller skriver til dig inden for et par uger for en kort forsamtale. " +
        "Her taler I om gruppen, og om den passer til dig. Først derefter bliver du optaget.",
      `Medlemskab: ${paymentText(payment, settings)}`,
      "Du kan altid trække din ansøgning og dit samtykke tilbage eller bede os slette dine oplysninger" +
        (settings.coordinatorEmail ? ` ved at skrive til ${settings.coordinatorEmail}.` : ".") +
        ` Læs mere på ${env().SITE_URL}/privatliv`,
      org.emailSignature,
    ].join("\n\n"),
  };
}

export function memberConfirmation(to: { name: string; email: string }, payment: Payment, settings: OrgSettings, org: EmailOrg): EmailMessage {
  return {
    to: to.email,
    subject: subjectWithName(org, "Velkommen som medlem"),
    text: [
      `Kære ${to.name}`,
      `Tak fordi du vil være medlem af ${org.orgName}. Du har nu bekræftet din indmeldelse.`,
      paymentText(payment, settings),
      `Når du vil i en gruppe, kan du søge på ${env().SITE_URL}/grupper`,
      "Du kan altid bede os slette dine oplysninger" +
        (settings.coordinatorEmail ? ` ved at skrive til ${settings.coordinatorEmail}.` : ".") +
        ` Læs mere på ${env().SITE_URL}/privatliv`,
      org.emailSignature,
    ].join("\n\n"),
  };
}

/** Names no person, no group and no topic: the coordinator reads the details after signing in. */
export function coordinatorNotice(kind: "application" | "member", to: string): EmailMessage {
  const path = kind === "application" ? "/admin/ansoegninger" : "/admin/medlemmer";
  return {
    to,
    subject: kind === "application" ? "Ny ansøgning på hjemmesiden" : "Nyt medlem på hjemmesiden",
    text: [
      kind === "application" ? "Der er kommet en ny ansøgning." : "Der er kommet en ny indmeldelse.",
      `Log ind for at se den: ${env().SITE_URL}${path}`,
    ].join("\n\n"),
  };
}
