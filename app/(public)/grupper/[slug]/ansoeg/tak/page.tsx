import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CheckYourEmail } from "@/components/confirmations/check-your-email";
import { getGroupForApplyPage } from "@/lib/groups/catalogue";

export const metadata: Metadata = { title: "Tjek din email" };

/** Everyone who posts the form sees this page, whatever the database holds about the address. */
export default async function ApplyThanksPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const group = await getGroupForApplyPage(slug);
  if (!group) notFound();
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Tak – tjek din email</h1>
      <CheckYourEmail what={`din ansøgning til ${group.name}`} />
      <section aria-labelledby="hvad-nu" className="space-y-2">
        <h2 id="hvad-nu" className="text-2xl font-semibold">
          Hvad sker der så?
        </h2>
        <p>
          Når du har bekræftet, ringer eller skriver en koordinator til dig inden for et par uger for en kort forsamtale. Her taler I om gruppen, og
          om den passer til dig. Du bliver ikke optaget automatisk – det aftaler I sammen.
        </p>
      </section>
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
