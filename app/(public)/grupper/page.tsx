import type { Metadata } from "next";
import { CatalogueView, catalogueMetadata } from "@/components/groups/catalogue-view";
import { listCatalogue } from "@/lib/groups/catalogue";
import { parseCatalogueFilter } from "@/lib/groups/filters";
import { getTopics } from "@/lib/topics/cache";

// The unfiltered catalogue: prerendered, and revalidated by every group change (lib/cache/invalidate.ts).
// With a filter in the address, next.config.mjs sends the request to a cached copy of that filter or
// to the page that renders per request (lib/cache/public-rewrites.mjs).
const ALL = parseCatalogueFilter({}, []);

export const metadata: Metadata = catalogueMetadata(ALL, 1);

export default async function CataloguePage() {
  const topics = await getTopics();
  const result = await listCatalogue(ALL, topics, 1);
  return <CatalogueView filter={ALL} page={1} topics={topics} groups={result.groups} hasNext={result.hasNext} count={result.count} />;
}
