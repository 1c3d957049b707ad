import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { keepSearchTriggers, readMigrations, replaySearchTriggers } from "../../scripts/search-triggers.mjs";

// The SQLite search indexes are kept by triggers on "Group" and "Member" (scripts/search-triggers.mjs):
// a later migration that redefines either table (Prisma's RedefineTables) drops them with the old table.
const migrations = readMigrations(path.resolve("prisma/migrations"));
const SEARCH_TRIGGERS = ["insert", "update", "delete"].flatMap((op) => [`Group_search_${op}`, `Member_search_${op}`]).sort();

/** What Prisma writes to change a column SQLite's ALTER TABLE cannot: a new table, the rows copied, the old one dropped. */
function redefine(db: Database.Database, table: string): string {
  const { sql } = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) as { sql: string };
  return [
    "-- RedefineTables",
    "PRAGMA defer_foreign_keys=ON;",
    "PRAGMA foreign_keys=OFF;",
    `${sql.replace(`CREATE TABLE "${table}"`, `CREATE TABLE "new_${table}"`)};`,
    `INSERT INTO "new_${table}" SELECT * FROM "${table}";`,
    `DROP TABLE "${table}";`,
    `ALTER TABLE "new_${table}" RENAME TO "${table}";`,
    "PRAGMA foreign_keys=ON;",
    "PRAGMA defer_foreign_keys=OFF;",
  ].join("\n");
}

function migrated() {
  const db = new Database(":memory:");
  for (const m of migrations) db.exec(m.sql);
  return db;
}

const triggers = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%' ORDER BY name`).all() as { name: string }[]).map(
    (r) => r.name,
  );

function addMember(db: Database.Database, id: string, name: string) {
  db.prepare(
    `INSERT INTO "Member" ("id", "name", "email", "postcode", "consentAt", "consentVersion", "createdAt", "updatedAt") VALUES (?, ?, ?, '7400', 0, 'v', 0, 0)`,
  ).run(id, name, `${id}@example.dk`);
}
const indexed = (db: Database.Database, word: string) =>
  (
    db
      .prepare(
        `SELECT k."memberId" AS id FROM "MemberSearch" JOIN "MemberSearchKey" k ON k."key" = "MemberSearch"."rowid" WHERE "MemberSearch" MATCH ?`,
      )
      .all(`"${word}"`) as { id: string }[]
  ).map((r) => r.id);

describe("the search index triggers across the migrations", () => {
  it("every migration leaves them standing: none redefines Group or Member without creating them again", () => {
    const { live, lost } = replaySearchTriggers(migrations);
    const dropped = [...lost].map(([t, l]) => `${t} (dropped by ${l.migration} with "${l.table}")`);
    expect(dropped, "a migration that redefines Group or Member must end with their CREATE TRIGGERs (npm run db:new-migration adds them)").toEqual(
      [],
    );
    expect([...live.keys()].sort()).toEqual(SEARCH_TRIGGERS);
  });

  it("notices a redefinition of either table, and no longer once the migration creates the triggers again", () => {
    const db = migrated();
    for (const table of ["Group", "Member"]) {
      const sql = redefine(db, table);
      const { lost } = replaySearchTriggers([...migrations, { name: "99999999999999_redefine", sql }]);
      expect([...lost.keys()].sort()).toEqual([`${table}_search_delete`, `${table}_search_insert`, `${table}_search_update`]);
      const kept = keepSearchTriggers(migrations, sql);
      expect(kept.recreated.sort()).toEqual([...lost.keys()].sort());
      expect(replaySearchTriggers([...migrations, { name: "99999999999999_redefine", sql: kept.sql }]).lost.size).toBe(0);
    }
    expect(keepSearchTriggers(migrations, `CREATE INDEX "x" ON "Member"("name");`).recreated).toEqual([]);
    db.close();
  });

  it("on a real database: a redefined Member loses its triggers and stops indexing new members; with the recreated triggers it goes on", () => {
    const bare = migrated();
    expect(triggers(bare)).toEqual(SEARCH_TRIGGERS);
    addMember(bare, "m1", "Åse Før");
    bare.exec(redefine(bare, "Member"));
    expect(triggers(bare)).toEqual(SEARCH_TRIGGERS.filter((t) => !t.startsWith("Member")));
    addMember(bare, "m2", "Åse Efter");
    expect(indexed(bare, "efter")).toEqual([]); // the danger: silently missing from the search
    bare.close();

    const kept = migrated();
    addMember(kept, "m1", "Åse Før");
    kept.exec(keepSearchTriggers(migrations, redefine(kept, "Member")).sql);
    expect(triggers(kept)).toEqual(SEARCH_TRIGGERS);
    addMember(kept, "m2", "Åse Efter");
    expect(indexed(kept, "efter")).toEqual(["m2"]);
    expect(indexed(kept, "før")).toEqual(["m1"]); // rows indexed before the redefinition keep their keys
    kept.exec(`UPDATE "Member" SET "name" = 'Åse Omdøbt' WHERE "id" = 'm1'`);
    expect(indexed(kept, "før")).toEqual([]);
    expect(indexed(kept, "omdøbt")).toEqual(["m1"]);
    kept.close();
  });
});
