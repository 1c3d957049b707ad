import { unstable_cache } from "next/cache";
import { FiguresTables } from "@/components/statistics/figures-tables";
import { Button } from "@/components/forms/buttons";
import { SelectField } from "@/components/forms/field";
import { requireAdminPage } from "@/lib/auth/session";
import { yearlyFigures } from "@/lib/statistics/data";
import { FIRST_YEAR, danishYear, parseYear } from "@/lib/statistics/rules";

export const metadata = { title: "Statistik" };

/** How long the page reuses a year's figures: they are a whole year's aggregate, not a list (docs/scale.md). */
const FIGURES_MAX_AGE_SECONDS = 600;

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireAdminPage();
  const { aar } = await searchParams;
  const year = parseYear(aar);
  // Anonymous counts only, the same for every administrator: computed at most every 10 minutes per year
  // (the shared Next cache), so opening the page does not re-read the year each time. The CSV is fresh.
  const figures = await unstable_cache((y: number) => yearlyFigures(admin, y), ["statistics-yearly-figures"], {
    revalidate: FIGURES_MAX_AGE_SECONDS,
  })(year);
  const current = danishYear(new Date());
  const years = Array.from({ length: current - FIRST_YEAR + 1 }, (_, i) => String(current - i));

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Statistik {year}</h1>
      <p>
        Anonyme tal for kalenderåret til kommunens tilskud. Tabellerne viser kun antal — aldrig navne, e-mails eller andet, som kan føre tilbage til
        en person.
      </p>

      <form method="get" action="/admin/statistik" className="flex flex-wrap items-end gap-4" aria-label="Vælg år">
        <div className="min-w-32">
          <SelectField
            label="År"
            name="aar"
            id="statistik-aar"
            optionalLabel={false}
            defaultValue={String(year)}
            options={years.map((y) => ({ value: y, label: y }))}
          />
        </div>
        <Button type="submit" variant="secondary">
          Vis
        </Button>
        <a href={`/admin/statistik/csv?aar=${year}`} className="py-2.5 font-medium" download>
          Hent tallene for {year} som CSV
        </a>
      </form>

      <section aria-labelledby="saadan" className="space-y-2 rounded border border-sand-200 bg-white p-4">
        <h2 id="saadan" className="text-xl font-semibold">
          Sådan er tallene opgjort
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Året går fra 1. januar til 31. december (dansk tid).</li>
          <li>
            <strong>Aktiv gruppe:</strong> en gruppe, der på et tidspunkt i året var i opstart, havde igangsættere, der trak sig, eller kørte selv —
            eller som holdt et møde eller havde en deltager i året. Grupper, der kun var under planlægning, tæller ikke. Faserne læses af gruppens
            historik; en gruppe uden historik regnes for at have været i sin nuværende fase, siden den blev oprettet.
          </li>
          <li>
            <strong>Startet, blev selvkørende, afsluttet:</strong> grupper, der i året skiftede til opstart, til selvkørende eller til afsluttet,
            efter gruppens historik.
          </li>
          <li>
            <strong>Deltagere:</strong> forskellige personer, der var med i en gruppe på et tidspunkt i året. En person i to grupper med samme emne
            tæller én gang under emnet; &quot;I alt&quot; tæller hver person én gang.
          </li>
          <li>
            <strong>Små tal skjules:</strong> er der 1 eller 2 deltagere i en celle, står der &quot;&lt; 3&quot;, så ingen kan genkendes.
          </li>
          <li>Tallene på siden er højst 10 minutter gamle. CSV-filen regnes ud, når du henter den.</li>
          <li>
            <strong>Medlemmer:</strong> nye medlemmer er meldt ind i året; betalte medlemskaber har en betaling registreret i året.
          </li>
        </ul>
      </section>

      <FiguresTables figures={figures} />
    </div>
  );
}
