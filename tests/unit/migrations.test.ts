import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchema } from "../../scripts/postgres-schema.mjs";

const sqliteDir = path.resolve("prisma/migrations");
const postgresDir = path.resolve("prisma/postgres/migrations");
const folders = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((d) => /^\d+_/.test(d))
    .sort();

// Each migration folder keeps the schema it produces (scripts/new-migration.mjs diffs from it). If
// prisma/schema.prisma changed without a migration, the newest copy differs and this fails.
describe("migrations", () => {
  it("the newest migration's schema copy is prisma/schema.prisma", () => {
    const newest = folders(sqliteDir).at(-1)!;
    const copy = fs.readFileSync(path.join(sqliteDir, newest, "schema.prisma"), "utf8");
    expect(copy, "run `npm run db:new-migration -- <name>` after changing prisma/schema.prisma").toBe(
      fs.readFileSync("prisma/schema.prisma", "utf8"),
    );
  });

  it("prisma/postgres/schema.prisma is generated from prisma/schema.prisma and differs only in provider, url and output", () => {
    const source = fs.readFileSync("prisma/schema.prisma", "utf8");
    const committed = fs.readFileSync("prisma/postgres/schema.prisma", "utf8");
    expect(committed, "run `npm run db:postgres-schema` (db:new-migration does it too)").toBe(postgresSchema(source));
    const changed = (a: string, b: string) => {
      const bl = new Set(b.split("\n"));
      return a.split("\n").filter((l) => !bl.has(l));
    };
    const added = changed(committed, source).filter((l) => !l.trim().startsWith("//"));
    expect(added.map((l) => l.trim().split(/\s+/)[0])).toEqual(["output", "provider", "url"]);
  });

  it("PostgreSQL has the same migration history: the baseline covers the SQLite migrations before it, each later one has a twin", () => {
    const sqlite = folders(sqliteDir);
    const postgres = folders(postgresDir);
    const baseline = postgres[0];
    expect(baseline).toMatch(/_baseline$/);
    const covered = [...fs.readFileSync(path.join(postgresDir, baseline, "migration.sql"), "utf8").matchAll(/^-- covers: (\S+)$/gm)].map((m) => m[1]);
    const later = sqlite.filter((name) => !covered.includes(name));
    expect(covered.every((name) => sqlite.includes(name))).toBe(true);
    expect(postgres.slice(1), "npm run db:new-migration writes both twins").toEqual(later);
    for (const name of later) expect(name > baseline, `${name} must sort after ${baseline}`).toBe(true);
  });

  it("the PostgreSQL folder is locked to its provider", () => {
    expect(fs.readFileSync(path.join(postgresDir, "migration_lock.toml"), "utf8")).toMatch(/provider = "postgresql"/);
    expect(fs.readFileSync(path.join(sqliteDir, "migration_lock.toml"), "utf8")).toMatch(/provider = "sqlite"/);
  });
});
