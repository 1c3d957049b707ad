import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PaymentInfo } from "@/components/signup/payment-info";
import { getSettings } from "@/lib/settings/data";
import { getGroupForApplication } from "@/lib/signup/data";

export const metadata: Metadata = { title: "Tak for din ansøgning" };

export default async function ApplyThanksPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const group = await getGroupForApplication(slug);
  if (!group) notFound();
  const settings = await getSettings();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Tak for din ansøgning</h1>
      <p>
        Vi har modtaget din ansøgning til <strong>{group.name}</strong> og sendt en bekræftelse til din email.
      </p>
      <section aria-labelledby="hvad-nu" className="space-y-2">
        <h2 id="hvad-nu" className="text-2xl font-semibold">
          Hvad sker der nu?
        </h2>
        <p>
          En koordinator ringer eller skriver til dig inden for et par uger for en kort forsamtale. Her taler I om gruppen, og om den passer til dig.
          Du bliver ikke optaget automatisk – det aftaler I sammen.
        </p>
      </section>
      <PaymentInfo feeOre={settings.membershipFeeOre} mobilePayNumber={settings.mobilePayNumber} bankAccount={settings.bankAccount} />
      <p>
        Har du allerede betalt kontingent for i år, skal du ikke betale igen. Læs om, hvordan vi passer på dine oplysninger, under{" "}
        <Link href="/privatliv">Privatliv og dine data</Link>.
      </p>
    </div>
  );
}
