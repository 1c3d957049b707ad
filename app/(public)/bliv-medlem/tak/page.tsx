import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PaymentInfo } from "@/components/signup/payment-info";
import { getSettings } from "@/lib/settings/data";

export const metadata: Metadata = { title: "Tak for din indmeldelse" };

export default async function BecomeMemberThanksPage() {
  await connection();
  const settings = await getSettings();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Tak – du er meldt ind</h1>
      <p>Vi har modtaget din indmeldelse og sendt en bekræftelse til din email. Kan du ikke finde den, så kig i din spam-mappe.</p>
      <PaymentInfo feeOre={settings.membershipFeeOre} mobilePayNumber={settings.mobilePayNumber} bankAccount={settings.bankAccount} />
      <p>
        Har du lyst til at være med i en gruppe? <Link href="/grupper">Find en gruppe</Link>.
      </p>
    </div>
  );
}
