// Portable SQL fragments (SQLite and PostgreSQL) for the data.ts files: case-insensitive "contains" for
// the admin lists' search fields, and counts that stop just past a limit. No I/O here.
import { Prisma } from "@/lib/generated/prisma/client";
import { COUNT_LIMIT } from "@/lib/pagination";

/** The visitor's text as the LIKE operand compares it: NFC, lowercase in Danish. */
export const foldQuery = (q: string) => q.normalize("NFC").toLocaleLowerCase("da-DK");

/** The Danish capitals every folded column maps first, in this order: PostgreSQL's trigram index is on exactly this expression. */
const DANISH_CAPITALS: readonly [string, string][] = [
  ["Æ", "æ"],
  ["Ø", "ø"],
  ["Å", "å"],
];

/**
 * `column` folded for a case-insensitive match of `text` (from foldQuery). SQLite's LOWER folds only
 * A–Z, so capitals beyond ASCII are mapped first: always Æ, Ø and Å, as literals, in a fixed order —
 * PostgreSQL's trigram index on the member's name is on that very expression (migration
 * 20261202203000), so a search for "søren" can use it — and then any other capital form of a letter the
 * text has (é, ü …), which no index matches (such a search scans).
 */
export function foldedFor(column: Prisma.Sql, text: string): Prisma.Sql {
  let sql = column;
  for (const [upper, lower] of DANISH_CAPITALS) sql = Prisma.sql`REPLACE(${sql}, ${Prisma.raw(`'${upper}'`)}, ${Prisma.raw(`'${lower}'`)})`;
  const mapped = new Set(DANISH_CAPITALS.map(([, lower]) => lower));
  for (const letter of new Set(text)) {
    const upper = letter.toLocaleUpperCase("da-DK");
    if (letter > "\u007f" && upper !== letter && upper.length === 1 && !mapped.has(letter)) sql = Prisma.sql`REPLACE(${sql}, ${upper}, ${letter})`;
  }
  return Prisma.sql`LOWER(${sql})`;
}

/** `folded LIKE '%text%'` with a backslash as the escape: the visitor's %, _ and backslash stand for themselves. */
export function containsSql(folded: Prisma.Sql, text: string): Prisma.Sql {
  return Prisma.sql`${folded} LIKE ${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`;
}

/** `SELECT COUNT(*)` over at most COUNT_LIMIT + 1 rows of `rows` (a SELECT). */
export function cappedCountSql(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT COUNT(*) AS "n" FROM (${rows} LIMIT ${COUNT_LIMIT + 1}) AS "capped"`;
}

/** The number a capped count query returned. */
export const countOf = (rows: { n: bigint | number }[]) => Number(rows[0]?.n ?? 0);
