import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PaymentInfo } from "@/components/signup/payment-info";
import { getSettings } from "@/lib/settings/data";
import { paymentNoticeFromParam } from "@/lib/confirmations/rules";

export const metadata: Metadata = { title: "Tak – du har bekræftet", robots: { index: false } };

const HEADINGS = {
  application: "Tak – din ansøgning er bekræftet",
  member: "Tak – din indmeldelse er bekræftet",
  renewal: "Tak – dit medlemskab er fornyet",
  interest: "Tak – du står nu på interesselisten",
} as const;

type What = keyof typeof HEADINGS;

/**
 * After confirming. Shows only what every confirmer of this kind is told, and whether their membership
 * has a fee to pay (`betaling`, set by the confirmation): the fee and the payment details only then.
 */
export default async function ConfirmedPage({ searchParams }: { searchParams: Promise<{ hvad?: string; betaling?: string }> }) {
  await connection();
  const { hvad, betaling } = await searchParams;
  const payment = paymentNoticeFromParam(betaling);
  const what: What = hvad && Object.hasOwn(HEADINGS, hvad) ? (hvad as What) : "member";
  const settings = await getSettings();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">{HEADINGS[what]}</h1>
      {what === "interest" ? (
        <p>Når der starter en gruppe om dit emne, kontakter vi dig. Vil du slettes fra listen, kan du altid skrive til os.</p>
      ) : (
        <>
          {what === "application" ? (
            <section aria-labelledby="hvad-nu" className="space-y-2">
              <h2 id="hvad-nu" className="text-2xl font-semibold">
                Hvad sker der nu?
              </h2>
              <p>
                En koordinator ringer eller skriver til dig inden for et par uger for en kort forsamtale. Her taler I om gruppen, og om den passer til
                dig. Du bliver ikke optaget automatisk – det aftaler I sammen.
              </p>
            </section>
          ) : null}
          <p>Vi har sendt dig en email med det hele.</p>
          {payment === "free" ? <p>Dit medlemskab er gratis, så du skal ikke betale kontingent.</p> : null}
          {payment === "paid" ? <p>Dit kontingent er allerede betalt.</p> : null}
          {payment === "pay" ? (
            <>
              <PaymentInfo feeOre={settings.membershipFeeOre} mobilePayNumber={settings.mobilePayNumber} bankAccount={settings.bankAccount} />
              <p>Har du allerede betalt kontingent for i år, skal du ikke betale igen.</p>
            </>
          ) : null}
        </>
      )}
      <p>
        Læs om, hvordan vi passer på dine oplysninger, under{" "}
        <Link prefetch={false} href="/privatliv">
          Privatliv og dine data
        </Link>
        .
      </p>
    </div>
  );
}
