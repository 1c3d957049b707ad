import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Ny email bekræftet", robots: { index: false } };

export default function EmailChangedPage() {
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Tak – din nye email er bekræftet</h1>
      <p>Vi skriver fremover til den nye adresse. Vi har sendt en besked om ændringen til din gamle adresse.</p>
      <p>
        <Link href="/min-side">Gå til Min side</Link>
      </p>
    </div>
  );
}
