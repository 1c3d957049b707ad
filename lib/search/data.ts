import "server-only";
// The trigram indexes behind the "contains" searches (migration 20261202142000_search_trigram_indexes;
// scripts/search-triggers.mjs keeps its SQLite triggers through later migrations).
// No B-tree index serves LIKE '%word%': without help, a word that matches nothing reads every row's text.
// On SQLite an FTS5 trigram table per searched table answers first which rows can contain the word; when
// they are few, the search reads only those rows (and checks its own condition on them), otherwise the
// matches are dense and the ordinary scan in list order stops after a page. On PostgreSQL pg_trgm's GIN
// indexes serve the LIKE itself, so there is nothing to ask here.
import { db, dbProvider } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Up to this many candidates the search reads them by id; more, and it scans in list order instead. */
export const FEW_MATCHES = 200;

const indexes = {
  group: { table: Prisma.raw(`"GroupSearch"`), keys: Prisma.raw(`"GroupSearchKey"`), id: Prisma.raw(`"groupId"`) },
  member: { table: Prisma.raw(`"MemberSearch"`), keys: Prisma.raw(`"MemberSearchKey"`), id: Prisma.raw(`"memberId"`) },
} as const;

/**
 * Whether the index can stand in for `LIKE '%word%'` on the folded text: three characters or more (a
 * trigram index has nothing shorter), none of LIKE's or FTS5's special characters, and only letters
 * whose case FTS5 folds the way the app does (Latin letters; digits and ordinary punctuation).
 */
export function indexable(word: string): boolean {
  return [...word].length >= 3 && /^[\p{Script=Latin}\p{Nd} .,@'+\-]+$/u.test(word);
}

/**
 * The ids of the rows whose indexed text (a group's search text; a member's name and email) contains
 * `word` (folded as lib/sql.ts foldQuery does), when there are at most FEW_MATCHES of them; null when
 * there are more, when the word cannot be looked up (see indexable), or on PostgreSQL. The ids are
 * candidates: FTS5 folds case itself, so the caller keeps its own condition and these only narrow it.
 */
export async function fewMatches(index: keyof typeof indexes, word: string): Promise<string[] | null> {
  if (dbProvider !== "sqlite" || !indexable(word)) return null;
  const { table, keys, id } = indexes[index];
  // A phrase of the word's trigrams, in a row: the word as a substring (FTS5 query syntax, quotes doubled).
  const phrase = `"${word.replace(/"/g, '""')}"`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT k.${id} AS "id" FROM ${table} JOIN ${keys} k ON k."key" = ${table}."rowid"
    WHERE ${table} MATCH ${phrase} LIMIT ${FEW_MATCHES + 1}`;
  return rows.length > FEW_MATCHES ? null : rows.map((r) => r.id);
}
