import Link from "next/link";
import { AdminPurgeButton } from "@/components/privacy/admin-purge-button";
import { ErasureRequests } from "@/components/privacy/erasure-requests";
import { requireAdminPage } from "@/lib/auth/session";
import { getRetentionOverview } from "@/lib/privacy/data";
import { listErasureRequests } from "@/lib/privacy/erasure-requests";
import { CONFIRMATION_DAYS } from "@/lib/confirmations/rules";
import { OUTBOX_RETENTION_DAYS } from "@/lib/privacy/retention-data";

export const metadata = { title: "Privatliv og sletning" };

const section = "space-y-3 rounded border border-sand-200 bg-white p-4";

export default async function PrivacyAdminPage() {
  const admin = await requireAdminPage();
  const [overview, erasureRequests] = await Promise.all([getRetentionOverview(admin), listErasureRequests(admin)]);
  const due = overview.applications + overview.interest + overview.outbox + overview.unconfirmed;

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Privatliv og sletning</h1>

      <ErasureRequests requests={erasureRequests} />

      <section aria-labelledby="opbevaring" className={section}>
        <h2 id="opbevaring" className="text-xl font-semibold">
          Opbevaringsperiode
        </h2>
        <p>
          Afslåede og tilbagetrukne ansøgninger slettes <strong>{overview.retentionDays} dage</strong> efter afgørelsen. Personer på interesselisten
          slettes, når de er kontaktet, eller når deres tilmelding er mere end {overview.retentionDays} dage gammel. Kopier af mails i udbakken
          slettes efter {OUTBOX_RETENTION_DAYS} dage. Indmeldelser, ansøgninger og tilmeldinger, som ejeren af emailadressen ikke har bekræftet,
          slettes efter {CONFIRMATION_DAYS} dage. Sletningen kører automatisk hver nat og hver gang systemet starter (se{" "}
          <Link href="/admin/drift">automatiske opgaver</Link>).
        </p>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Ansøgninger, der skal slettes</dt>
          <dd data-testid="due-applications">{overview.applications}</dd>
          <dt className="font-medium">Interesseliste, der skal slettes</dt>
          <dd data-testid="due-interest">{overview.interest}</dd>
          <dt className="font-medium">Mails i udbakken, der skal slettes</dt>
          <dd data-testid="due-outbox">{overview.outbox}</dd>
          <dt className="font-medium">Ubekræftede henvendelser, der skal slettes</dt>
          <dd data-testid="due-unconfirmed">{overview.unconfirmed}</dd>
        </dl>
        {due === 0 ? <p className="text-muted">Der er intet at slette lige nu.</p> : null}
        <AdminPurgeButton due={due} />
      </section>

      <section aria-labelledby="anmodninger" className={section}>
        <h2 id="anmodninger" className="text-xl font-semibold">
          Når en person beder om sine data
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <strong>Kopi af data:</strong> find personen under <Link href="/admin/medlemmer">Medlemmer</Link> og hent filen under
            &quot;Persondata&quot;. Send den kun til personen selv.
          </li>
          <li>
            <strong>Sletning:</strong> samme sted. Ansøgninger, gruppedeltagelse, interesseliste og mails slettes; medlemskaber og betalinger bevares
            anonymt, fordi bogføringsloven kræver det.
          </li>
          <li>
            <strong>Min side:</strong> medlemmer kan selv hente deres data, trække samtykker tilbage og bede om sletning. Anmodninger om sletning står
            øverst på denne side og skal bekræftes her.
          </li>
          <li>
            <strong>Tilbagetrækning af samtykke:</strong> åbn ansøgningen under <Link href="/admin/ansoegninger">Ansøgninger</Link>.
          </li>
        </ul>
      </section>
    </div>
  );
}
