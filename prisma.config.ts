import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseFile, postgresUrl } from "./lib/database-file";
import { CatalogClient } from "./scripts/pg-catalog-client.mjs";

// DATABASE_URL=postgres://… points the CLI (`prisma migrate status`, `generate`) at PostgreSQL: its
// generated schema (prisma/postgres/schema.prisma) and migrations. Otherwise the SQLite file.
// PostgreSQL migrations are applied by scripts/migrate.mjs, not `prisma migrate deploy` (STACK.md).
const url = postgresUrl();
const dir = url ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  async adapter() {
    // The schema engine reads PostgreSQL's catalogs, whose `name` and `"char"` columns adapter-pg 6.x
    // cannot map: CatalogClient hands them over as text.
    if (url) return new PrismaPg({ connectionString: url, Client: CatalogClient });
    return new PrismaBetterSQLite3({ url: `file:${databaseFile()}` });
  },
});
