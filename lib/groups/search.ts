// The database's form of a group's Danish text: what the catalogue searches and what it sorts by.
// The group write path (lib/groups/data.ts) stores both columns with every create and edit, so the
// catalogue filters, searches, sorts and pages in the database (lib/groups/catalogue.ts) instead of
// loading every group. Pure and safe in the browser.
import type { TopicKey, TopicList } from "@/lib/topics/topics";

/** Lowercase in Danish, NFC, and every run of characters that is not a letter or a digit as one space. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("da-DK")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A key that sorts like `localeCompare(…, "da")` under a binary collation (SQLite's default, and
 * PostgreSQL's "C"): Danish letters after z in the order æ, ø, å (as Greek letters, which sort after
 * Latin ones in every collation), "aa" as å, ä/ö/ü as æ/ø/y, other accents dropped, case folded.
 */
export function groupSortKey(name: string): string {
  return name
    .normalize("NFC")
    .toLocaleLowerCase("da-DK")
    .replace(/aa/g, "å")
    .replace(/[äæ]/g, "\u03b1")
    .replace(/[öø]/g, "\u03b2")
    .replace(/å/g, "\u03b3")
    .replace(/ü/g, "y")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The two stored columns for a group's name, description and place. */
export function groupSearchColumns(group: { name: string; description: string; place: string }): { searchText: string; sortKey: string } {
  return { searchText: foldForSearch(`${group.name} ${group.description} ${group.place}`), sortKey: groupSortKey(group.name) };
}

/** The words of a visitor's query, folded like the stored text; at most `max` of them. */
export function searchWords(q: string | undefined, max = 8): string[] {
  if (!q) return [];
  return [...new Set(foldForSearch(q).split(" ").filter(Boolean))].slice(0, max);
}

/** The topics whose label contains the word ("ensomhed" finds the loneliness groups), retired ones too. */
export function topicsMatching(word: string, topics: TopicList): TopicKey[] {
  return topics.filter((t) => foldForSearch(t.label).includes(word)).map((t) => t.key);
}
