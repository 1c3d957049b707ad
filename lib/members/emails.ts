// The renewal reminder. A pure builder: lib/members/data.ts queues it. The subject and the opening
// show on lock screens: they name no group and no topic.
import type { EmailMessage } from "@/lib/email/message";
import { formatDate, formatKroner } from "@/lib/format";
import type { EmailOrg } from "@/lib/settings/identity";

export type ReminderFacts = {
  name: string;
  email: string;
  periodEnd: Date;
  feeOre: number;
  mobilePayNumber: string;
  bankAccount: string;
  org: EmailOrg;
};

export function renewalReminderEmail(f: ReminderFacts): EmailMessage {
  const ways = [f.mobilePayNumber ? `MobilePay: ${f.mobilePayNumber}` : null, f.bankAccount ? `Bankoverførsel: ${f.bankAccount}` : null].filter(
    Boolean,
  );
  return {
    to: f.email,
    subject: `Dit medlemskab af ${f.org.orgName} udløber snart`,
    text: [
      `Kære ${f.name}`,
      `Dit medlemskab af ${f.org.orgName} udløber den ${formatDate(f.periodEnd)}.`,
      `Vil du fortsætte som medlem, koster det ${formatKroner(f.feeOre)} for et år. Er du under 18 år, er medlemskabet gratis.`,
      ways.length > 0 ? `Du kan betale sådan:\n${ways.join("\n")}\nSkriv dit navn ved betalingen.` : "Kontakt os, så hjælper vi dig med at betale.",
      "Tak, fordi du er med.",
      f.org.emailSignature,
    ].join("\n\n"),
  };
}
