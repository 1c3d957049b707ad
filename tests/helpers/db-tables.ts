// Whole-database helpers for tests that run on both SQLite and PostgreSQL (tests/helpers/global-db*.ts).
import { db, dbProvider } from "@/lib/db";

/** The app's tables (not Prisma's migrations table). */
export async function tableNames(): Promise<string[]> {
  const rows =
    dbProvider === "postgresql"
      ? await db.$queryRawUnsafe<{ name: string }[]>(
          "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1",
        )
      : await db.$queryRawUnsafe<{ name: string }[]>(
          "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY 1",
        );
  const virtual = await searchIndexTables();
  // An FTS5 table's shadow tables (<name>_data, _idx, _config, _docsize) belong to it: only FTS5 writes them.
  return rows.map((r) => r.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
}

/** SQLite's FTS5 search indexes (migration search_trigram_indexes); none on PostgreSQL. */
export async function searchIndexTables(): Promise<string[]> {
  if (dbProvider === "postgresql") return [];
  const rows = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%'");
  return rows.map((r) => r.name);
}

/**
 * Tables whose rows the migrations make and the site never deletes: the topics (a migration's INSERT;
 * a trigger refuses a DELETE). They are the reference data every group and interest entry points at.
 */
export const REFERENCE_TABLES = ["Topic"];

/** Empties every table but the reference data (the database is shared by the tests of one file). */
export async function clearAllTables() {
  const tables = (await tableNames()).filter((name) => !REFERENCE_TABLES.includes(name));
  if (dbProvider === "postgresql") {
    await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
    return;
  }
  await db.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
  for (const name of tables) await db.$executeRawUnsafe(`DELETE FROM "${name}"`);
  for (const name of await searchIndexTables()) await db.$executeRawUnsafe(`DELETE FROM "${name}"`);
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
}
