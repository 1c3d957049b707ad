import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CatalogueView, catalogueMetadata } from "@/components/groups/catalogue-view";
import { catalogueCopyOfSegments } from "@/lib/cache/public-routes";
import { listCatalogue } from "@/lib/groups/catalogue";
import { catalogueHref } from "@/lib/groups/filters";
import { getIdentity } from "@/lib/settings/data";
import { getTopics } from "@/lib/topics/cache";

// The catalogue with a common filter, as the page cache keeps it: next.config.mjs rewrites
// /grupper?emne=sorg&alder=voksne here as /udvalg/grupper/emne/sorg/alder/voksne (lib/cache/public-rewrites.mjs).
// Rendered on first visit, then served from the cache until a group change revalidates every copy
// (lib/cache/invalidate.ts). proxy.ts turns away any other path asked for directly.
export function generateStaticParams(): { filter: string[] }[] {
  return [];
}

type Params = Promise<{ filter: string[] }>;

async function copyOf(params: Params) {
  const [{ filter }, topics] = await Promise.all([params, getTopics()]);
  return { chosen: catalogueCopyOfSegments(filter, topics), topics };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { chosen } = await copyOf(params);
  return chosen && "filter" in chosen ? catalogueMetadata(chosen.filter, chosen.page) : {};
}

export default async function CachedCataloguePage({ params }: { params: Params }) {
  const { chosen, topics } = await copyOf(params);
  if (!chosen) notFound();
  // The copy's topic was retired or renamed after the build: on to the rest of the choice.
  if ("redirect" in chosen) redirect(chosen.redirect);
  const [result, { orgName }] = await Promise.all([listCatalogue(chosen.filter, topics, chosen.page), getIdentity()]);
  if (result.groups.length === 0 && chosen.page > 1) redirect(catalogueHref(chosen.filter));
  return (
    <CatalogueView
      filter={chosen.filter}
      page={chosen.page}
      topics={topics}
      orgName={orgName}
      groups={result.groups}
      hasNext={result.hasNext}
      count={result.count}
    />
  );
}
