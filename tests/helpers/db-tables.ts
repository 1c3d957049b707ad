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
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
}
