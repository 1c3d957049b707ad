import Link from "next/link";
import { ButtonLink } from "@/components/forms/buttons";
import { TopicShortcuts } from "@/components/groups/topic-shortcuts";
import { getTopics } from "@/lib/topics/cache";
import { getIdentity } from "@/lib/settings/data";

const facts = (town: string) => [
  { title: "Små grupper", text: "Typisk 4–8 deltagere, der står i en livssituation, som minder om din." },
  { title: "Faste møder", text: `Gruppen mødes typisk to timer hver eller hver anden uge${town ? ` i ${town}` : ""}.` },
  { title: "Trygge rammer", text: "Alle har tavshedspligt, og du fortæller kun så meget, som du har lyst til." },
  { title: "En god start", text: "Frivillige igangsættere med et igangsætterkursus er med på de første møder." },
];

// The organisation's name and address come from the settings; the facts about its history are its own text.
export default async function HomePage() {
  const [topics, { orgName, orgStreet, orgTown }] = await Promise.all([getTopics(), getIdentity()]);
  const premises = [orgStreet, orgTown].filter(Boolean).join(" i ");
  return (
    <div className="space-y-12">
      <section aria-labelledby="hero-heading" className="space-y-5">
        <h1 id="hero-heading" className="text-3xl font-semibold sm:text-4xl">
          Du er ikke alene
        </h1>
        <p className="max-w-prose text-lg">
          {orgName} samler mennesker, der står i en svær livssituation – fx sorg, sygdom, rollen som pårørende, ensomhed eller skilsmisse – i små
          selvhjælpsgrupper. Her kan du dele dine erfaringer, lytte til andres og finde ud af, at du ikke er alene med dine tanker og følelser.
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/grupper">Find en gruppe</ButtonLink>
          <ButtonLink href="/hvad-er-en-selvhjaelpsgruppe" variant="secondary">
            Hvad er en selvhjælpsgruppe?
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="how-heading" className="space-y-4">
        <h2 id="how-heading" className="text-2xl font-semibold text-brand-800">
          Sådan foregår det
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {facts(orgTown).map((f) => (
            <li key={f.title} className="rounded-lg border border-sand-200 bg-white p-4">
              <h3 className="font-semibold">{f.title}</h3>
              <p className="mt-1">{f.text}</p>
            </li>
          ))}
        </ul>
        <p>
          <Link prefetch={false} href="/hvad-er-en-selvhjaelpsgruppe">
            Læs mere om, hvad en selvhjælpsgruppe er
          </Link>
        </p>
      </section>

      <section aria-labelledby="find-heading" className="space-y-4">
        <h2 id="find-heading" className="text-2xl font-semibold text-brand-800">
          Find en gruppe om det, du står i
        </h2>
        <TopicShortcuts topics={topics} />
        <p>
          Findes der ikke en gruppe for dig?{" "}
          <Link prefetch={false} href="/interesse">
            Skriv dig på interesselisten
          </Link>
          , så forsøger vi at starte en, når nok har meldt sig.
        </p>
      </section>

      <section aria-labelledby="about-heading" className="max-w-prose space-y-3">
        <h2 id="about-heading" className="text-2xl font-semibold text-brand-800">
          Om {orgName}
        </h2>
        <p>
          {orgName} blev grundlagt i 1989. Vi er en frivillig forening, der hvert år har omkring 60 selvhjælpsgrupper for cirka 500 mennesker.
          {premises ? `Grupperne mødes hos os i ${premises}, og arbejdet` : "Arbejdet"} er støttet af Herning Kommune og staten.
        </p>
        <p>For at deltage i en gruppe skal du være medlem af foreningen. Børn og unge under 18 år er gratis medlemmer.</p>
      </section>
    </div>
  );
}
