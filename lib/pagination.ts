// Offset pages for admin lists: a page reads one row more than it shows, so it knows whether a next page
// exists without counting the table. Pure.

export const ADMIN_PAGE_SIZE = 50;

export type Paged<T> = { rows: T[]; page: number; hasNext: boolean };

/** The skip and take that read page `page` (1-based) plus one row to look ahead. */
export function pageWindow(page: number, size = ADMIN_PAGE_SIZE): { skip: number; take: number } {
  return { skip: (Math.max(1, page) - 1) * size, take: size + 1 };
}

/** The page's rows (without the look-ahead row) and whether there are more. */
export function pageOf<T>(rows: T[], page: number, size = ADMIN_PAGE_SIZE): Paged<T> {
  return { rows: rows.slice(0, size), page, hasNext: rows.length > size };
}

/**
 * How far the dashboard and list headings count: a count that passes it stops there and is shown as
 * "1.000+", so it costs the same however many rows match (lib/sql.ts cappedCountSql).
 */
export const COUNT_LIMIT = 1000;
