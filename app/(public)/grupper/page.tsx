import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CatalogueFilters } from "@/components/groups/catalogue-filters";
import { EmptyCatalogue } from "@/components/groups/empty-catalogue";
import { GroupCardList } from "@/components/groups/group-card";
import { listCatalogue } from "@/lib/groups/catalogue";
import { catalogueHref, catalogueQueryString, parseCatalogueFilter, type CatalogueFilter } from "@/lib/groups/filters";
import { ageBandLabel, topicLabel, weekdayLabel } from "@/lib/groups/labels";
import { stateShortText } from "@/components/groups/group-format";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function describe(filter: CatalogueFilter): string[] {
  return [
    filter.topic && topicLabel[filter.topic],
    filter.ageBand && ageBandLabel[filter.ageBand],
    filter.weekday && weekdayLabel[filter.weekday],
    filter.state && stateShortText[filter.state],
    filter.openOnly && "Tager imod nye",
    filter.q && `“${filter.q}”`,
  ].filter((x): x is string => Boolean(x));
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const parts = describe(parseCatalogueFilter(await searchParams));
  return {
    title: parts.length ? `Grupper: ${parts.join(", ")}` : "Find en selvhjælpsgruppe",
    description: "Se Selvhjælp Hernings selvhjælpsgrupper, og find en gruppe efter emne, alder og ugedag.",
  };
}

export default async function CataloguePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = parseCatalogueFilter(params);
  // A plain form posts empty fields too: send the visitor to the tidy, shareable address of the same choice.
  const given = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [v].flat().map((x) => [k, x])))).toString();
  if (given !== catalogueQueryString(filter)) redirect(catalogueHref(filter));

  const groups = await listCatalogue(filter);
  const chosen = describe(filter);
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-semibold">Find en selvhjælpsgruppe</h1>
        <p>
          Her er de grupper, Selvhjælp Herning har lige nu. Grupperne er små, og de mødes typisk to timer hver eller hver anden uge. Vælg emne, alder
          eller ugedag for at finde en gruppe, der passer til dig.
        </p>
      </div>
      <p className="lg:hidden">
        <a href="#result-heading">
          Spring filtrene over og se {groups.length === 0 ? "resultatet" : groups.length === 1 ? "gruppen" : `de ${groups.length} grupper`}
        </a>
      </p>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <CatalogueFilters filter={filter} />
        <section aria-labelledby="result-heading" className="space-y-4">
          <h2 id="result-heading" tabIndex={-1} className="scroll-mt-4 text-xl font-semibold">
            {groups.length === 1 ? "1 gruppe" : `${groups.length} grupper`}
            {chosen.length ? <span className="font-normal text-muted"> · {chosen.join(", ")}</span> : null}
          </h2>
          {groups.length > 0 ? <GroupCardList groups={groups} /> : <EmptyCatalogue filter={filter} />}
        </section>
      </div>
    </div>
  );
}
