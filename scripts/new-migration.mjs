// `npm run db:new-migration -- <name>`: makes the migration for both databases from one change of
// prisma/schema.prisma, without a database:
// - prisma/migrations/<timestamp>_<name>/migration.sql (SQLite) with the SQL that takes the schema of
//   the newest migration to prisma/schema.prisma, and a copy of the schema beside it. Each SQLite
//   migration folder carries the schema it produces, so the diff starts from what the migrations
//   build — not from git, which already holds the new schema once it is committed.
// - prisma/postgres/migrations/<same folder>/migration.sql (PostgreSQL): the same diff between the
//   PostgreSQL twins of those two schemas (scripts/postgres-schema.mjs), after regenerating
//   prisma/postgres/schema.prisma.
// (`prisma migrate dev` and `--from-url` do not work with the driver adapters in prisma.config.ts.)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresSchema, writePostgresSchema, TARGET as POSTGRES_SCHEMA } from "./postgres-schema.mjs";
import { keepSearchTriggers, readMigrations } from "./search-triggers.mjs";

const root = path.resolve(import.meta.dirname, "..");
const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(2);
}

const migrationsDir = path.join(root, "prisma", "migrations");
const postgresDir = path.join(root, "prisma", "postgres", "migrations");
const schema = path.join(root, "prisma", "schema.prisma");
const newest = fs
  .readdirSync(migrationsDir)
  .filter((d) => /^\d+_/.test(d))
  .sort()
  .at(-1);
const from = path.join(migrationsDir, newest, "schema.prisma");
if (!fs.existsSync(from)) {
  console.error(`${path.relative(root, from)} is missing: every migration folder keeps the schema it produces.`);
  process.exit(1);
}
writePostgresSchema();

// The CLI opens the adapter's database even for a diff of two files: give it a throwaway SQLite file
// (also for the PostgreSQL diff: the provider comes from the schema files).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "new-migration-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
const diff = (fromFile, toFile) =>
  execFileSync(
    path.join(root, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-schema-datamodel", fromFile, "--to-schema-datamodel", toFile, "--script"],
    {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, DATABASE_URL: "", DATABASE_FILE: path.join(tmp, "empty.db") },
    },
  );
const hasSql = (sql) => /\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql);

// A redefined "Group" or "Member" loses the search index triggers with the old table: put them back.
const kept = keepSearchTriggers(readMigrations(migrationsDir), diff(from, schema));
const sqlite = kept.sql;
const postgresFrom = path.join(tmp, "from-postgres.prisma");
fs.writeFileSync(postgresFrom, postgresSchema(fs.readFileSync(from, "utf8")));
const postgres = diff(postgresFrom, POSTGRES_SCHEMA);

if (!hasSql(sqlite) && !hasSql(postgres)) {
  // Comments or formatting only: the newest snapshot takes them, so it stays equal to the schema
  // (tests/unit/migrations.test.ts checks that). Prisma checksums migration.sql alone.
  fs.copyFileSync(schema, from);
  console.log("prisma/schema.prisma matches the newest migration: no SQL to write; its schema copy is refreshed.");
  process.exit(0);
}
// The folder must sort after the newest one (migrations apply in name order), also when that one is dated
// later than this machine's clock: then it takes the second after it.
const stampOf = (date) => date.toISOString().replace(/\D/g, "").slice(0, 14);
const newestAt = new Date(newest.slice(0, 14).replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, "$1-$2-$3T$4:$5:$6Z"));
const now = stampOf(new Date());
const stamp = now > newest.slice(0, 14) ? now : stampOf(new Date(newestAt.getTime() + 1000));
const folder = `${stamp}_${name}`;
for (const [dir, sql] of [
  [migrationsDir, sqlite],
  [postgresDir, postgres],
]) {
  fs.mkdirSync(path.join(dir, folder));
  // Both databases get the folder, so their histories keep the same names (tests/unit/migrations.test.ts).
  fs.writeFileSync(path.join(dir, folder, "migration.sql"), hasSql(sql) ? sql : "-- Nothing to change on this database.\nSELECT 1;\n");
}
fs.copyFileSync(schema, path.join(migrationsDir, folder, "schema.prisma"));
if (kept.recreated.length > 0)
  console.warn(
    `\n!!! This migration redefines a table with search index triggers (SQLite drops them with the table).\n` +
      `!!! Its end creates them again: ${kept.recreated.join(", ")}. Check that they still fit the new columns.\n`,
  );
console.log(
  `Wrote prisma/migrations/${folder}/migration.sql and prisma/postgres/migrations/${folder}/migration.sql.\n` +
    "Read both, then apply with npm run db:migrate (DATABASE_URL=postgres://… for PostgreSQL).",
);
