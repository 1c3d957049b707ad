import Link from "next/link";

/** Previous / next links that keep the other query parameters. */
export function Pagination({
  page,
  pages,
  basePath,
  params,
}: {
  page: number;
  pages: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
    q.set("side", String(p));
    return `${basePath}?${q.toString()}`;
  };
  return (
    <nav aria-label="Sider" className="flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)}>← Forrige side</Link> : null}
      <span>
        Side {page} af {pages}
      </span>
      {page < pages ? <Link href={href(page + 1)}>Næste side →</Link> : null}
    </nav>
  );
}

/** A positive page number from ?side=, else 1. */
export function pageParam(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}
