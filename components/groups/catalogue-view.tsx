import type { Metadata } from "next";
import { CatalogueFilters } from "@/components/groups/catalogue-filters";
import { EmptyCatalogue } from "@/components/groups/empty-catalogue";
import { CataloguePager } from "@/components/groups/catalogue-pager";
import { GroupCardList } from "@/components/groups/group-card";
import { stateShortText } from "@/components/groups/group-format";
import { CATALOGUE_COUNT_LIMIT, CATALOGUE_PAGE_SIZE, type PublicGroup } from "@/lib/groups/catalogue";
import type { CatalogueFilter } from "@/lib/groups/filters";
import { ageBandLabel, weekdayLabel } from "@/lib/groups/labels";
import type { TopicList } from "@/lib/topics/topics";
import { getIdentity } from "@/lib/settings/data";

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

/** The catalogue's title and description for this filter and page. */
export async function catalogueMetadata(filter: CatalogueFilter, page: number): Promise<Metadata> {
  const parts = describe(filter);
  const { orgNameGenitive } = await getIdentity();
  const title = parts.length ? `Grupper: ${parts.join(", ")}` : "Find en selvhjælpsgruppe";
  return {
    title: page > 1 ? `${title} (side ${page})` : title,
    description: `Se ${orgNameGenitive} selvhjælpsgrupper, og find en gruppe efter emne, alder og ugedag.`,
  };
}

type Props = { filter: CatalogueFilter; page: number; topics: TopicList; orgName: string; groups: PublicGroup[]; hasNext: boolean; count: number };

/** The catalogue page, the same whether it is served from the page cache or rendered for a search. */
export function CatalogueView({ filter, page, topics, orgName, groups, hasNext, count }: Props) {
  const chosen = describe(filter);
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-semibold">Find en selvhjælpsgruppe</h1>
        <p>
          Her er de grupper, {orgName} har lige nu. Grupperne er små, og de mødes typisk to timer hver eller hver anden uge. Vælg emne, alder eller
          ugedag for at finde en gruppe, der passer til dig.
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
