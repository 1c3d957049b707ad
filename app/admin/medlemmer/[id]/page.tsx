import Link from "next/link";
import { notFound } from "next/navigation";
import { Facts } from "@/components/applications/application-facts";
import { MembershipButtons } from "@/components/members/membership-buttons";
import { MembershipTable } from "@/components/members/membership-table";
import { PaymentForm } from "@/components/members/payment-form";
import { AdminEraseMemberForm } from "@/components/privacy/admin-erase-member-form";
import { cellClass, DataTable, rowClass } from "@/components/admin/data-table";
import { applicationStatusLabel } from "@/lib/applications/labels";
import { listMemberApplications } from "@/lib/applications/inbox-data";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDate, formatShortDate, toDateInputValue } from "@/lib/format";
import { getMemberForAdmin } from "@/lib/members/data";
import { standingLabel } from "@/lib/members/labels";
import { getSettings } from "@/lib/settings/data";

export const metadata = { title: "Medlem" };

const section = "space-y-3 rounded border border-sand-200 bg-white p-4";

// The member's page (administrators only, every opening audited): contact details, memberships and
// payments, and the member's applications (an accepted one without its group's name). The register's
// lists and its CSV export never show which groups a person attends.
export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdminPage();
  const { id } = await params;
  const m = await getMemberForAdmin(admin, id);
  if (!m) notFound();
  const [settings, applications] = await Promise.all([getSettings(), listMemberApplications(admin, m.id)]);
  const feeKroner = String(settings.membershipFeeOre / 100).replace(".", ",");

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/medlemmer">← Alle medlemmer</Link>
      </p>
      <h1 className="text-2xl font-semibold">{m.name}</h1>
      {m.awaitsConfirmation ? (
        <p className="rounded border-2 border-accent-700 bg-white px-4 py-3">
          <strong>Ikke bekræftet.</strong> Ejeren af emailadressen har endnu ikke bekræftet indmeldelsen via linket i sin mail. Medlemskabet starter
          først, når det er bekræftet; ellers slettes oplysningerne af sig selv.
        </p>
      ) : null}
      <p className="text-lg">
        Medlemskab: <strong>{standingLabel[m.standing]}</strong>
        {m.periodEnd ? ` til ${formatDate(m.periodEnd)}` : null}
      </p>

      <section aria-labelledby="kontakt" className={section}>
        <h2 id="kontakt" className="text-xl font-semibold">
          Kontaktoplysninger
        </h2>
        <Facts
          items={[
            [
              "Email",
              <a key="e" href={`mailto:${m.email}`}>
                {m.email}
              </a>,
            ],
            ["Telefon", m.phone ?? "Ikke oplyst"],
            ["Postnummer", m.postcode],
            ["Fødselsår", m.birthYear ?? "Ikke oplyst"],
            ["Medlem siden", formatDate(m.createdAt)],
          ]}
        />
      </section>

      <section aria-labelledby="ansoegninger" className={section}>
        <h2 id="ansoegninger" className="text-xl font-semibold">
          Ansøgninger
        </h2>
        {applications.length === 0 ? (
          <p className="text-muted">Ingen ansøgninger.</p>
        ) : (
          <DataTable label="Medlemmets ansøgninger" columns={["Gruppe", "Modtaget", "Status"]}>
            {applications.map((a) => (
              <tr key={a.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-normal`}>
                  <Link href={`/admin/ansoegninger/${a.id}`}>{a.groupName ?? "Gruppen vises ikke her (deltager)"}</Link>
                </th>
                <td className={cellClass}>{formatShortDate(a.createdAt)}</td>
                <td className={cellClass}>{a.awaitsConfirmation ? "Ikke bekræftet" : applicationStatusLabel[a.status]}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="medlemskaber" className={section}>
        <h2 id="medlemskaber" className="text-xl font-semibold">
          Medlemskaber og betalinger
        </h2>
        <MembershipTable memberships={m.memberships} now={new Date()} />
        <MembershipButtons memberId={m.id} />
      </section>

      <section aria-labelledby="ny-betaling" className={section}>
        <h2 id="ny-betaling" className="text-xl font-semibold">
          Registrér betaling
        </h2>
        <p className="text-muted">
          Medlemskabet bliver betalt i 12 måneder fra betalingsdatoen – eller fra udløbet af den nuværende periode ved fornyelse.
        </p>
        <PaymentForm memberId={m.id} defaultKroner={feeKroner} today={toDateInputValue(new Date())} />
      </section>

      <section aria-labelledby="persondata" className={section}>
        <h2 id="persondata" className="text-xl font-semibold">
          Persondata
        </h2>
        <p>
          Beder personen om en kopi af sine oplysninger, så hent filen her og send den kun til personen selv. Den indeholder alt, vi har gemt – også
          ansøgninger og grupper.
        </p>
        <p>
          <a href={`/admin/medlemmer/${m.id}/eksport`} download>
            Hent alle oplysninger om {m.name} (JSON)
          </a>
        </p>
        <h3 className="text-lg font-semibold">Slet medlemmet</h3>
        <p className="text-muted">
          Kun når personen beder om det. Ansøgninger, gruppedeltagelse, interesseliste og mails til personen slettes. Medlemskaber og betalinger
          bevares uden navn, fordi bogføringsloven kræver det. Det kan ikke fortrydes.
        </p>
        <AdminEraseMemberForm memberId={m.id} memberName={m.name} />
      </section>
    </div>
  );
}
