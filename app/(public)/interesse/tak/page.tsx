import type { Metadata } from "next";
import Link from "next/link";
import { CheckYourEmail } from "@/components/confirmations/check-your-email";

export const metadata: Metadata = { title: "Tjek din email" };

/** Everyone who posts the form sees this page, whatever the database holds about the address. */
export default function InterestThanksPage() {
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Tak – tjek din email</h1>
      <CheckYourEmail what="din tilmelding til interesselisten" />
      <p>
        Vil du slettes fra listen, kan du altid skrive til os. Læs mere under{" "}
        <Link prefetch={false} href="/privatliv">
          Privatliv og dine data
        </Link>
        .
      </p>
      <p>
        <Link prefetch={false} href="/grupper">
          Se de grupper, der findes nu
        </Link>
      </p>
    </div>
  );
}
