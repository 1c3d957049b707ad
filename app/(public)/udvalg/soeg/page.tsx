import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CatalogueView, catalogueMetadata } from "@/components/groups/catalogue-view";
import { listCatalogue } from "@/lib/groups/catalogue";
import { catalogueHref, catalogueQueryString, parseCataloguePage, parseCatalogueFilter } from "@/lib/groups/filters";
import { getIdentity } from "@/lib/settings/data";
import { getTopics } from "@/lib/topics/cache";

// The catalogue rendered per request, storing nothing: a free-text search, three or more filters, a
// later page, a topic added after the build, or an untidy address. next.config.mjs rewrites every /grupper?… that is not one of the
// cached copies here (lib/cache/public-rewrites.mjs).
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [params, topics] = await Promise.all([searchParams, getTopics()]);
  return catalogueMetadata(parseCatalogueFilter(params, topics), parseCataloguePage(params));
}

export default async function CatalogueSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, topics] = await Promise.all([searchParams, getTopics()]);
  const filter = parseCatalogueFilter(params, topics);
  const page = parseCataloguePage(params);
  // An unknown value, another spelling, a page that is not one: send the visitor to the tidy, shareable
  // address of the same choice (which may be a cached copy).
  const given = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [v].flat().map((x) => [k, x])))).toString();
  if (given !== catalogueQueryString(filter, page)) redirect(catalogueHref(filter, page));
  // One page of groups and a count that stops just past its limit: the cost does not grow with the catalogue.
  const [result, { orgName }] = await Promise.all([listCatalogue(filter, topics, page), getIdentity()]);
  if (result.groups.length === 0 && page > 1) redirect(catalogueHref(filter));
  return (
    <CatalogueView
      filter={filter}
      page={page}
      topics={topics}
      orgName={orgName}
      groups={result.groups}
      hasNext={result.hasNext}
      count={result.count}
    />
  );
}
