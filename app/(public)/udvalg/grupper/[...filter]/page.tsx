import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CatalogueView, catalogueMetadata } from "@/components/groups/catalogue-view";
import { catalogueQueryOfSegments } from "@/lib/cache/public-routes";
import { listCatalogue } from "@/lib/groups/catalogue";
import { catalogueHref } from "@/lib/groups/filters";

// The catalogue with a common filter, as the page cache keeps it: next.config.mjs rewrites
// /grupper?emne=sorg&alder=voksne here as /udvalg/grupper/emne/sorg/alder/voksne (lib/cache/public-rewrites.mjs).
// Rendered on first visit, then served from the cache until a group change revalidates every copy
// (lib/cache/invalidate.ts). proxy.ts turns away any other path asked for directly.
export function generateStaticParams(): { filter: string[] }[] {
  return [];
}

type Params = Promise<{ filter: string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const chosen = catalogueQueryOfSegments((await params).filter);
  return chosen ? catalogueMetadata(chosen.filter, chosen.page) : {};
}

export default async function CachedCataloguePage({ params }: { params: Params }) {
  const chosen = catalogueQueryOfSegments((await params).filter);
  if (!chosen) notFound();
  const result = await listCatalogue(chosen.filter, chosen.page);
  if (result.groups.length === 0 && chosen.page > 1) redirect(catalogueHref(chosen.filter));
  return <CatalogueView filter={chosen.filter} page={chosen.page} groups={result.groups} hasNext={result.hasNext} count={result.count} />;
}
