import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CatalogueFilters } from "@/components/groups/catalogue-filters";
import { EmptyCatalogue } from "@/components/groups/empty-catalogue";
import { CataloguePager } from "@/components/groups/catalogue-pager";
import { GroupCardList } from "@/components/groups/group-card";
import { CATALOGUE_COUNT_LIMIT, CATALOGUE_PAGE_SIZE, listCatalogue } from "@/lib/groups/catalogue";
import { catalogueHref, catalogueQueryString, parseCataloguePage, parseCatalogueFilter, type CatalogueFilter } from "@/lib/groups/filters";
import { ageBandLabel, weekdayLabel } from "@/lib/groups/labels";
import { getTopics } from "@/lib/topics/cache";
import { stateShortText } from "@/components/groups/group-format";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function describe(filter: CatalogueFilter): string[] {
  return [
    filter.topic?.label,
    filter.ageBand && ageBandLabel[filter.ageBand],
    filter.weekday && weekdayLabel[filter.weekday],
    filter.state && stateShortText[filter.state],
    filter.openOnly && "Tager imod nye",
    filter.q && `“${filter.q}”`,
  ].filter((x): x is string => Boolean(x));
}

/** "12 grupper", or "Over 200 grupper" once the count passes the limit it stops at. */
function countText(count: number): string {
  if (count > CATALOGUE_COUNT_LIMIT) return `Over ${CATALOGUE_COUNT_LIMIT} grupper`;
  return count === 1 ? "1 gruppe" : `${count} grupper`;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [params, topics] = await Promise.all([searchParams, getTopics()]);
  const parts = describe(parseCatalogueFilter(params, topics));
  const page = parseCataloguePage(params);
  const title = parts.length ? `Grupper: ${parts.join(", ")}` : "Find en selvhjælpsgruppe";
  return {
    title: page > 1 ? `${title} (side ${page})` : title,
    description: "Se Selvhjælp Hernings selvhjælpsgrupper, og find en gruppe efter emne, alder og ugedag.",
  };
}

export default async function CataloguePage({ searchParams }: { searchParams: SearchParams }) {
  const [params, topics] = await Promise.all([searchParams, getTopics()]);
  const filter = parseCatalogueFilter(params, topics);
  const page = parseCataloguePage(params);
  // A plain form posts empty fields too: send the visitor to the tidy, shareable address of the same choice.
  const given = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [v].flat().map((x) => [k, x])))).toString();
  if (given !== catalogueQueryString(filter, page)) redirect(catalogueHref(filter, page));

  // One page of groups and a count that stops just past its limit: the cost does not grow with the catalogue.
  const { groups, hasNext, count } = await listCatalogue(filter, topics, page);
  if (groups.length === 0 && page > 1) redirect(catalogueHref(filter));
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
          Spring filtrene over og se{" "}
          {count === 0 ? "resultatet" : count === 1 ? "gruppen" : count > CATALOGUE_COUNT_LIMIT ? "grupperne" : `de ${count} grupper`}
        </a>
      </p>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <CatalogueFilters filter={filter} topics={topics} />
        <section aria-labelledby="result-heading" className="space-y-4">
          <h2 id="result-heading" tabIndex={-1} className="scroll-mt-4 text-xl font-semibold">
            {countText(count)}
            {chosen.length ? <span className="font-normal text-muted"> · {chosen.join(", ")}</span> : null}
          </h2>
          {filter.topic ? <p className="max-w-prose">{filter.topic.description}</p> : null}
          {groups.length > 0 ? <GroupCardList groups={groups} topics={topics} /> : <EmptyCatalogue filter={filter} />}
          <CataloguePager filter={filter} page={page} hasNext={hasNext} shown={CATALOGUE_PAGE_SIZE} />
        </section>
      </div>
    </div>
  );
}
