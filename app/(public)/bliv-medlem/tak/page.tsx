import type { Metadata } from "next";
import Link from "next/link";
import { CheckYourEmail } from "@/components/confirmations/check-your-email";

export const metadata: Metadata = { title: "Tjek din email" };

/** Everyone who posts the form sees this page, whatever the database holds about the address. */
export default function BecomeMemberThanksPage() {
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold">Tak – tjek din email</h1>
      <CheckYourEmail what="din indmeldelse" />
      <p>
        Har du lyst til at være med i en gruppe?{" "}
        <Link prefetch={false} href="/grupper">
          Find en gruppe
        </Link>
        .
      </p>
    </div>
  );
}
