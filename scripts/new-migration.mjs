// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that takes the schema of the newest migration to prisma/schema.prisma, and keeps a copy of
// the schema beside it. Each migration folder carries the schema it produces, so the diff starts from
// what the migrations build — not from git, which already holds the new schema once it is committed.
// (`prisma migrate dev` and `--from-url` do not work with the driver adapter in prisma.config.ts.)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(2);
}

const migrationsDir = path.join(root, "prisma", "migrations");
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

// The CLI opens the adapter's database even for a diff of two files: give it a throwaway one.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "new-migration-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
const sql = execFileSync(
  path.join(root, "node_modules", ".bin", "prisma"),
  ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", schema, "--script"],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, DATABASE_FILE: path.join(tmp, "empty.db") } },
);
if (!/\b(CREATE|ALTER|DROP|INSERT)\b/.test(sql)) {
  // Comments or formatting only: the newest snapshot takes them, so it stays equal to the schema
  // (tests/unit/migrations.test.ts checks that). Prisma checksums migration.sql alone.
  fs.copyFileSync(schema, from);
  console.log("prisma/schema.prisma matches the newest migration: no SQL to write; its schema copy is refreshed.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const outDir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(outDir);
fs.writeFileSync(path.join(outDir, "migration.sql"), sql);
fs.copyFileSync(schema, path.join(outDir, "schema.prisma"));
console.log(`Wrote ${path.relative(root, outDir)}/migration.sql. Read it, then apply it with npm run db:migrate.`);
