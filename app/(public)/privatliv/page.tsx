import type { Metadata } from "next";
import { connection } from "next/server";
import { ConsentVersions } from "@/components/privacy/consent-versions";
import { getIdentity, getSettings } from "@/lib/settings/data";
import { addressLine } from "@/lib/settings/identity";

export const metadata: Metadata = { title: "Privatliv og dine data" };

export default async function PrivacyPage() {
  await connection();
  const [{ retentionDays, coordinatorEmail }, org] = await Promise.all([getSettings(), getIdentity()]);
  const contact = coordinatorEmail ? (
    <a href={`mailto:${coordinatorEmail}`}>{coordinatorEmail}</a>
  ) : (
    "vores koordinator (se kontaktoplysningerne nederst på siden)"
  );

  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-semibold">Privatliv og dine data</h1>
      <p>
        Når du søger en selvhjælpsgruppe, fortæller du os noget personligt. Vi passer godt på det, gemmer kun det nødvendige og sletter det, når vi
        ikke længere har brug for det. {org.dataControllerText}
      </p>
      <DataController org={org} />

      <section aria-labelledby="hvad" className="space-y-2">
        <h2 id="hvad" className="text-2xl font-semibold">
          Hvad vi gemmer – og hvorfor
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <strong>Medlemmer:</strong> navn, email, telefon (hvis du giver den), postnummer og fødselsår (hvis du giver det) – for at administrere
            dit medlemskab og kontakte dig. Fødselsåret bruger vi til at se, om du er under 18 og dermed fritaget for kontingent.
          </li>
          <li>
            <strong>Kontingent:</strong> beløb, betalingsmåde og dato – fordi bogføringsloven kræver det.
          </li>
          <li>
            <strong>Ansøgninger:</strong> hvilken gruppe du søger, din korte besked, dine samtykker med tidspunkt og version af teksten, og hvornår
            forsamtalen blev holdt. At du søger en gruppe om fx sorg eller sygdom, kan sige noget om dit helbred.
          </li>
          <li>
            <strong>Interesselisten:</strong> navn, email, emne og aldersgruppe – for at kunne kontakte dig, når der starter en gruppe.
          </li>
          <li>
            <strong>Grupperne:</strong> vi skriver aldrig ned, hvad deltagerne fortæller i gruppen. Vi registrerer kun, at et møde er holdt.
          </li>
        </ul>
      </section>

      <section aria-labelledby="grundlag" className="space-y-2">
        <h2 id="grundlag" className="text-2xl font-semibold">
          Retsgrundlag
        </h2>
        <p>
          Vi behandler dine almindelige personoplysninger på grundlag af dit samtykke og dit medlemskab (databeskyttelsesforordningens artikel 6, stk.
          1, litra a og b). Oplysninger om helbred og andre følsomme forhold behandler vi kun med dit udtrykkelige samtykke (artikel 9, stk. 2, litra
          a). Kontingentbetalinger gemmes efter bogføringsloven (artikel 6, stk. 1, litra c).
        </p>
      </section>

      <section aria-labelledby="hvem" className="space-y-2">
        <h2 id="hvem" className="text-2xl font-semibold">
          Hvem kan se dine oplysninger
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Vores koordinatorer, som behandler ansøgninger og medlemskaber. Når en koordinator åbner en persons oplysninger, bliver det logget.</li>
          <li>
            Igangsætterne i din egen gruppe ser kun dit fornavn og de kontaktoplysninger, de skal bruge for at køre gruppen – aldrig andre gruppers
            deltagere.
          </li>
          <li>
            Medlemslisterne og udtrækket af medlems- og kontingentregistret viser ikke, hvilke grupper du går i. Kun når en koordinator åbner dit
            medlemskab, ser koordinatoren også dine ansøgninger – og det bliver logget.
          </li>
          <li>Deltagerlister er aldrig offentlige, og vi videregiver ikke dine oplysninger til andre.</li>
        </ul>
      </section>

      <section aria-labelledby="hvor-laenge" className="space-y-2">
        <h2 id="hvor-laenge" className="text-2xl font-semibold">
          Hvor længe vi gemmer dem
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Ansøgninger, der er afslået eller trukket tilbage, slettes efter {retentionDays} dage.</li>
          <li>Medlemsoplysninger gemmes, så længe du er medlem, og slettes, når du beder om det.</li>
          <li>Betalinger gemmes anonymiseret, så længe bogføringsloven kræver det (5 år).</li>
          <li>
            Du står på interesselisten, indtil vi har kontaktet dig om en gruppe, eller du beder os slette dig – dog højst {retentionDays} dage,
            hvorefter du kan skrive dig på igen.
          </li>
        </ul>
      </section>

      <section aria-labelledby="rettigheder" className="space-y-2">
        <h2 id="rettigheder" className="text-2xl font-semibold">
          Kopi, sletning og tilbagetrækning af samtykke
        </h2>
        <p>Du kan altid få en kopi af de oplysninger, vi har om dig, få rettet forkerte oplysninger eller bede os slette dem. Skriv til {contact}.</p>
        <p>
          Du kan til enhver tid trække et samtykke tilbage ved at skrive til samme adresse. Så stopper vi behandlingen og trækker din ansøgning
          tilbage. Det, vi har gjort, før du trak samtykket tilbage, er stadig lovligt.
        </p>
        <p>Er du utilfreds med, hvordan vi behandler dine oplysninger, kan du klage til Datatilsynet (datatilsynet.dk).</p>
      </section>

      <ConsentVersions orgName={org.orgName} />
    </div>
  );
}

/** The data controller's details beyond the text above, those that are filled in. */
function DataController({ org }: { org: Awaited<ReturnType<typeof getIdentity>> }) {
  const rows = [
    org.orgCvr ? { label: "CVR-nummer", value: org.orgCvr } : null,
    org.orgPhone ? { label: "Telefon", value: <a href={`tel:${org.orgPhone.replace(/\s/g, "")}`}>{org.orgPhone}</a> } : null,
    org.orgEmail ? { label: "Email", value: <a href={`mailto:${org.orgEmail}`}>{org.orgEmail}</a> } : null,
  ].filter((r) => r !== null);
  if (rows.length === 0) return null;
  return (
    <dl aria-label={`Kontakt til ${org.orgName}`} className="grid grid-cols-[auto_1fr] gap-x-4">
      <dt className="font-semibold">Dataansvarlig</dt>
      <dd>{[org.orgName, addressLine(org)].filter(Boolean).join(", ")}</dd>
      {rows.map((r) => (
        <div key={r.label} className="contents">
          <dt className="font-semibold">{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
