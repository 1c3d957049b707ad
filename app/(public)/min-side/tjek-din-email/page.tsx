import type { Metadata } from "next";
import { SIGN_IN_LINK_MINUTES } from "@/lib/member-session/rules";

export const metadata: Metadata = { title: "Tjek din email", robots: { index: false } };

/** Everyone who asks for a link sees this page, whatever the database holds about the address. */
export default function CheckEmailPage() {
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Tjek din email</h1>
      <p>
        Vi har sendt en email til den adresse, du skrev. Er du medlem hos os, er der et link i den til Min side. Linket virker i{" "}
        {SIGN_IN_LINK_MINUTES} minutter og kun én gang.
      </p>
      <p>Kan du ikke finde emailen, så kig i din spam-mappe – eller ring til os, så hjælper vi dig.</p>
    </div>
  );
}
