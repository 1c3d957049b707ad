// `npm run db:migrate`: applies the migrations of the database the environment names.
// - SQLite (the default): `prisma migrate deploy` with prisma/migrations, as before.
// - PostgreSQL (DATABASE_URL=postgres://…): prisma/postgres/migrations, applied by this runner on `pg`,
//   because `prisma migrate deploy` through @prisma/adapter-pg 6.x cannot read the catalogs and splits
//   scripts on every `;` (STACK.md). It does what Prisma's deploy does, so `prisma migrate status`
//   agrees: it holds Prisma's advisory lock (several instances starting at once apply each migration
//   once), keeps `_prisma_migrations` in Prisma's own shape with the SHA-256 of each migration.sql as
//   its checksum, and runs each file as one multi-statement query in its own transaction — a failing
//   migration leaves nothing half-applied and no row. ANALYZE afterwards gives the planner statistics.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { postgresUrl } from "./database.mjs";
import { loadEnvFiles } from "./load-env.mjs";

const root = path.resolve(import.meta.dirname, "..");
export const POSTGRES_MIGRATIONS = path.join(root, "prisma", "postgres", "migrations");
/** The key Prisma's schema engine locks on PostgreSQL (`pg_advisory_lock(72707369)`). */
export const PRISMA_ADVISORY_LOCK = 72707369;

// Prisma's own definition (schema engine, PostgreSQL flavour), so that its CLI reads our rows.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The migration folders in order: { name, file, sql, checksum }. */
export function postgresMigrations(dir = POSTGRES_MIGRATIONS) {
  return fs
    .readdirSync(dir)
    .filter((d) => /^\d+_/.test(d) && fs.existsSync(path.join(dir, d, "migration.sql")))
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: crypto.createHash("sha256").update(bytes).digest("hex") };
    });
}

/**
 * Applies every migration of `dir` that the database at `url` has not finished. Returns the names it
 * applied. Throws (applying nothing more) when a migration fails or an earlier run left one failed.
 * @param {{ url: string, dir?: string, log?: (line: string) => void, analyze?: boolean }} options
 */
export async function migratePostgres({ url, dir = POSTGRES_MIGRATIONS, log = () => {}, analyze = true }) {
  const migrations = postgresMigrations(dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied = [];
  try {
    // Session lock: a second runner (or `prisma migrate`) waits here until this one is done.
    await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query(
      `SELECT "migration_name", "checksum", "finished_at" IS NOT NULL AS "finished" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
    );
    const failed = rows.find((r) => !r.finished);
    if (failed) throw new Error(`Migrationen ${failed.migration_name} fejlede tidligere og er ikke rullet tilbage (_prisma_migrations).`);
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const m of migrations) {
      if (done.has(m.name)) {
        if (done.get(m.name) !== m.checksum) log(`Advarsel: ${m.name}/migration.sql er ændret, efter at den blev kørt.`);
        continue;
      }
      const startedAt = new Date();
      await client.query("BEGIN");
      try {
        // No parameters: pg sends it as one simple query, so the file may hold many statements.
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [crypto.randomUUID(), m.checksum, m.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new Error(`Migrationen ${m.name} fejlede og er rullet tilbage: ${error.message}`, { cause: error });
      }
      applied.push(m.name);
      log(`Anvendt: ${m.name}`);
    }
    if (analyze && applied.length > 0) await client.query("ANALYZE");
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`).catch(() => {});
    await client.end();
  }
  return applied;
}

/** SQLite: Prisma's own deploy on the file DATABASE_FILE names (or data/selvhjaelp.db). */
export function migrateSqlite({ env = process.env, quiet = false } = {}) {
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env,
    stdio: ["ignore", quiet ? "ignore" : "inherit", "inherit"],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  loadEnvFiles(root);
  const url = postgresUrl();
  if (!url) {
    migrateSqlite();
  } else {
    migratePostgres({ url, log: (line) => console.log(line) }).then(
      (applied) => console.log(applied.length ? `${applied.length} migration(er) anvendt på PostgreSQL.` : "PostgreSQL-databasen er opdateret."),
      (error) => {
        console.error(error.message);
        process.exit(1);
      },
    );
  }
}
