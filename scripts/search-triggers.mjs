// The triggers that keep the SQLite search indexes in step (migration 20261202142000_search_trigram_indexes)
// live on "Group" and "Member", and SQLite drops a table's triggers with the table. Prisma changes most
// columns of a SQLite table by redefining it (its "RedefineTables": CREATE TABLE "new_X", copy the rows,
// DROP TABLE "X", rename "new_X"), so a later migration that redefines either table would drop them
// without a word, and the searches would stop finding rows written after it. scripts/new-migration.mjs
// recreates them in such a migration; tests/unit/migrations.test.ts fails when any migration leaves one
// dropped (also a hand-written one).
import fs from "node:fs";
import path from "node:path";

/** The tables whose triggers keep a search index. */
export const SEARCH_TABLES = ["Group", "Member"];

const withoutComments = (sql) => sql.replace(/--[^\n]*/g, "");

/** The statements of one migration that create or drop a trigger or drop a table, in their order. */
function events(sql) {
  const text = withoutComments(sql);
  const found = [];
  for (const m of text.matchAll(/CREATE TRIGGER\s+(?:IF NOT EXISTS\s+)?"([^"]+)"[\s\S]*?\bON\s+"([^"]+)"[\s\S]*?\bEND;/g))
    found.push({ at: m.index, kind: "create", trigger: m[1], table: m[2], sql: m[0] });
  for (const m of text.matchAll(/DROP TRIGGER\s+(?:IF EXISTS\s+)?"([^"]+)"/g)) found.push({ at: m.index, kind: "drop-trigger", trigger: m[1] });
  for (const m of text.matchAll(/DROP TABLE\s+(?:IF EXISTS\s+)?"([^"]+)"/g)) found.push({ at: m.index, kind: "drop-table", table: m[1] });
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Replays migrations ([{ name, sql }], in order) for their triggers on the search tables. `live`: each
 * trigger that stands after the last one (name → { table, sql }); `lost`: each one that a migration
 * dropped with its table and that no later statement created again (name → { migration, table, sql }).
 */
export function replaySearchTriggers(migrations) {
  const live = new Map();
  const lost = new Map();
  for (const { name, sql } of migrations) {
    for (const e of events(sql)) {
      if (e.kind === "create") {
        if (SEARCH_TABLES.includes(e.table)) live.set(e.trigger, { table: e.table, sql: e.sql });
        lost.delete(e.trigger);
      } else if (e.kind === "drop-trigger") {
        live.delete(e.trigger);
      } else {
        for (const [trigger, t] of live) {
          if (t.table !== e.table) continue;
          live.delete(trigger);
          lost.set(trigger, { migration: name, table: t.table, sql: t.sql });
        }
      }
    }
  }
  return { live, lost };
}

/**
 * A new SQLite migration's SQL with the search triggers that it drops (by redefining their table)
 * created again at its end, as the migrations before it define them; `recreated` names them.
 */
export function keepSearchTriggers(previous, sql) {
  const { live } = replaySearchTriggers(previous);
  const { lost } = replaySearchTriggers([...previous, { name: "new", sql }]);
  const recreated = [...lost].filter(([t, l]) => l.migration === "new" && live.has(t)).map(([t]) => t);
  if (recreated.length === 0) return { sql, recreated };
  const tables = [...new Set(recreated.map((t) => live.get(t).table))].map((t) => `"${t}"`).join(" and ");
  const tail =
    `\n-- Redefining ${tables} dropped the triggers that keep the search indexes (scripts/search-triggers.mjs):\n` +
    `-- created again as migration 20261202142000_search_trigram_indexes and later ones define them.\n` +
    recreated.map((t) => live.get(t).sql).join("\n") +
    "\n";
  return { sql: sql.trimEnd() + "\n" + tail, recreated };
}

/** The SQLite migrations of a folder as [{ name, sql }], in the order they apply. */
export function readMigrations(dir) {
  return fs
    .readdirSync(dir)
    .filter((d) => /^\d+_/.test(d) && fs.existsSync(path.join(dir, d, "migration.sql")))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}
