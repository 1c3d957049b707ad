import Link from "next/link";
import { catalogueHref, type CatalogueFilter } from "@/lib/groups/filters";

/** Plain links to the previous and next catalogue page, keeping the filter: works without JavaScript. */
export function CataloguePager({ filter, page, hasNext, shown }: { filter: CatalogueFilter; page: number; hasNext: boolean; shown: number }) {
  if (page === 1 && !hasNext) return null;
  const from = (page - 1) * shown + 1;
  return (
    <nav aria-label="Flere grupper" className="flex flex-wrap items-center gap-x-6 gap-y-2">
      {page > 1 ? (
        <Link prefetch={false} href={catalogueHref(filter, page - 1)}>
          ← Forrige side
        </Link>
      ) : null}
      <span className="text-muted">Side {page}</span>
      {hasNext ? (
        <Link prefetch={false} href={catalogueHref(filter, page + 1)} className="font-semibold">
          Vis flere grupper →
        </Link>
      ) : null}
      <span className="sr-only">{`Grupperne fra nummer ${from}.`}</span>
    </nav>
  );
}
