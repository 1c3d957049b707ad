// `npm run db:postgres-schema`: writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one
// source of the data model. Only the datasource's provider and url and the generated client's output
// differ (Prisma 6 takes one provider per schema file). tests/unit/postgres-schema.test.ts fails when
// the committed copy differs from a fresh one; scripts/new-migration.mjs regenerates it.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const SOURCE = path.join(root, "prisma", "schema.prisma");
export const TARGET = path.join(root, "prisma", "postgres", "schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs — do not edit; change the source
// and run \`npm run db:postgres-schema\` (or \`npm run db:new-migration -- <name>\`).
`;

/** The PostgreSQL twin of a SQLite schema text. Throws when the text does not have the expected shape. */
export function postgresSchema(source) {
  let text = source;
  const replace = (pattern, replacement, what) => {
    if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: ${what} not found`);
    text = text.replace(pattern, replacement);
  };
  replace(/(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'provider = "sqlite" in datasource db');
  replace(/(datasource db \{[^}]*?url\s*=\s*)"[^"]*"/, '$1"postgresql://localhost/unused"', "url in datasource db");
  // The comment that names the adapter, when it is there.
  text = text.replace(/(datasource db \{[^}]*?)the better-sqlite3 adapter/, "$1the pg adapter");
  replace(/(generator client \{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/postgres"', "generator output");
  return HEADER + text;
}

export function writePostgresSchema() {
  const text = postgresSchema(fs.readFileSync(SOURCE, "utf8"));
  fs.mkdirSync(path.dirname(TARGET), { recursive: true });
  const changed = !fs.existsSync(TARGET) || fs.readFileSync(TARGET, "utf8") !== text;
  if (changed) fs.writeFileSync(TARGET, text);
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const changed = writePostgresSchema();
  console.log(changed ? "Wrote prisma/postgres/schema.prisma." : "prisma/postgres/schema.prisma is up to date.");
}
