import type { Metadata } from "next";
import { CatalogueView, catalogueMetadata } from "@/components/groups/catalogue-view";
import { listCatalogue } from "@/lib/groups/catalogue";
import { parseCatalogueFilter } from "@/lib/groups/filters";
import { getIdentity } from "@/lib/settings/data";
import { getTopics } from "@/lib/topics/cache";

// The unfiltered catalogue: prerendered, and revalidated by every group change (lib/cache/invalidate.ts).
// With a filter in the address, next.config.mjs sends the request to a cached copy of that filter or
// to the page that renders per request (lib/cache/public-rewrites.mjs).
const ALL = parseCatalogueFilter({}, []);

export function generateMetadata(): Promise<Metadata> {
  return catalogueMetadata(ALL, 1);
}

export default async function CataloguePage() {
  const topics = await getTopics();
  const [result, { orgName }] = await Promise.all([listCatalogue(ALL, topics, 1), getIdentity()]);
  return (
    <CatalogueView filter={ALL} page={1} topics={topics} orgName={orgName} groups={result.groups} hasNext={result.hasNext} count={result.count} />
  );
}
