// Integration test files that cannot mean anything on the other database — named here, never skipped
// silently (vitest.config.mts excludes them from the other project; scripts/test.mjs prints both lists).

/** The backup and restore scripts copy and check the SQLite file (PostgreSQL is backed up with its own tools). */
export const SQLITE_ONLY = [
  "tests/integration/backup-restore.test.ts",
  // The FTS5 tables that narrow the searches on SQLite (PostgreSQL's pg_trgm: search-index-use-postgres).
  "tests/integration/search-index-use-sqlite.test.ts",
];

/** The app's PostgreSQL migration runner (SQLite's migrations are Prisma's own `migrate deploy`). */
export const POSTGRES_ONLY = [
  "tests/integration/migrate-postgres.test.ts",
  // PostgreSQL's statement_timeout on the app's connections (SQLite has no such limit: docs/scale.md).
  "tests/integration/statement-timeout.test.ts",
  // The pg_trgm indexes' query plans (SQLite's FTS5 tables: search-index-use-sqlite).
  "tests/integration/search-index-use-postgres.test.ts",
];
