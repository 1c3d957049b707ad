import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Du er på interesselisten" };

export default function InterestThanksPage() {
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Tak – du er på interesselisten</h1>
      <p>Vi har sendt en bekræftelse til din email. Når der starter en gruppe om dit emne, kontakter vi dig.</p>
      <p>
        Vil du slettes fra listen, kan du altid skrive til os. Læs mere under <Link href="/privatliv">Privatliv og dine data</Link>.
      </p>
      <p>
        <Link href="/grupper">Se de grupper, der findes nu</Link>
      </p>
    </div>
  );
}
