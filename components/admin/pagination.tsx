import Link from "next/link";

/**
 * Previous / next links that keep the other query parameters. With `pages` it says "Side 2 af 7";
 * without (a list that does not count its rows) `hasNext` alone decides whether there is a next page.
 */
export function Pagination({
  page,
  pages,
  hasNext,
  basePath,
  params,
}: {
  page: number;
  pages?: number;
  hasNext?: boolean;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const next = hasNext ?? (pages !== undefined && page < pages);
  if (page <= 1 && !next) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
    if (p > 1) q.set("side", String(p));
    const query = q.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav aria-label="Sider" className="flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)}>← Forrige side</Link> : null}
      <span>{pages !== undefined ? `Side ${page} af ${pages}` : `Side ${page}`}</span>
      {next ? <Link href={href(page + 1)}>Næste side →</Link> : null}
    </nav>
  );
}

/** A positive page number from ?side=, else 1. */
export function pageParam(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}
