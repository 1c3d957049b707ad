import type { Metadata } from "next";
import { connection } from "next/server";
import { ContactForm } from "@/components/self-service/contact-form";
import { EmailChangeForm } from "@/components/self-service/email-change-form";
import { OwnApplications } from "@/components/self-service/own-applications";
import { OwnData } from "@/components/self-service/own-data";
import { OwnInterest } from "@/components/self-service/own-interest";
import { OwnMembership } from "@/components/self-service/own-membership";
import { RequestLinkForm } from "@/components/self-service/request-link-form";
import { SignOutButton } from "@/components/self-service/sign-out-button";
import { getMemberSession } from "@/lib/member-session/session";
import { SESSION_IDLE_MINUTES, SIGN_IN_LINK_MINUTES } from "@/lib/member-session/rules";
import { getOwnPage } from "@/lib/self-service/view-data";
import { getTopics } from "@/lib/topics/cache";

export const metadata: Metadata = { title: "Min side", robots: { index: false } };

/** A member's own page: the request for a sign-in link, or — signed in — the member's own records. */
export default async function OwnPage({ searchParams }: { searchParams: Promise<{ "logget-ud"?: string }> }) {
  await connection();
  const member = await getMemberSession();
  const page = member ? await getOwnPage(member) : null;
  if (!page) {
    const signedOut = (await searchParams)["logget-ud"] !== undefined;
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className="text-3xl font-semibold">Min side</h1>
        {signedOut ? (
          <p role="status" className="rounded border-2 border-success-700 bg-white px-4 py-3 font-medium text-success-700">
            Du er logget ud.
          </p>
        ) : null}
        <p>
          Her kan du se dit medlemskab, dine ansøgninger og din plads på interesselisten, rette dine oplysninger og hente eller slette dine data. Du
          skal ikke have en adgangskode: Skriv din email, så sender vi dig et link, der virker i {SIGN_IN_LINK_MINUTES} minutter.
        </p>
        <RequestLinkForm />
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-10">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold">Min side</h1>
          <p className="text-muted">
            Logget ind som {page.contact.name}. Du logges ud efter {SESSION_IDLE_MINUTES} minutter uden brug.
          </p>
        </div>
        <SignOutButton />
      </div>
      <OwnMembership page={page} />
      <OwnApplications applications={page.applications} />
      <OwnInterest interest={page.interest} topics={await getTopics()} />
      <section aria-labelledby="oplysninger" className="space-y-4">
        <h2 id="oplysninger" className="text-2xl font-semibold">
          Dine oplysninger
        </h2>
        <ContactForm name={page.contact.name} phone={page.contact.phone} />
        <EmailChangeForm email={page.contact.email} />
      </section>
      <OwnData erasureRequestedAt={page.erasureRequestedAt} consentAt={page.contact.consentAt} />
    </div>
  );
}
