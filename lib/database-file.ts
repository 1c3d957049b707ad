import path from "node:path";

/**
 * Which database the app, the CLI and the scripts use. DATABASE_URL starting with postgres:// or
 * postgresql:// selects PostgreSQL; anything else (unset, or a file: URL) keeps the embedded SQLite
 * file. Kept free of imports from the app so prisma.config.ts can use it (scripts/database.mjs says
 * the same for the .mjs scripts).
 */
export function postgresUrl(): string | null {
  const url = process.env.DATABASE_URL?.trim();
  return url && /^postgres(ql)?:\/\//i.test(url) ? url : null;
}

/**
 * The SQLite file the app, the CLI and the seed use. DATABASE_FILE overrides the default
 * (tests point it at a fresh file).
 */
export function databaseFile(): string {
  const fromEnv = process.env.DATABASE_FILE;
  return path.resolve(fromEnv && fromEnv.length > 0 ? fromEnv : path.join("data", "selvhjaelp.db"));
}

/** The default of DATABASE_STATEMENT_TIMEOUT_MS: how long one PostgreSQL statement of the app may run. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

/**
 * How long one statement on the app's PostgreSQL connections may run (waiting for a lock included)
 * before PostgreSQL cancels it: DATABASE_STATEMENT_TIMEOUT_MS, a whole number of milliseconds (0 turns
 * the limit off), else DEFAULT_STATEMENT_TIMEOUT_MS. A cancelled statement fails its request or
 * command, which answers the Danish generic error; the server and the other requests go on.
 */
export function statementTimeoutMs(): number {
  const raw = process.env.DATABASE_STATEMENT_TIMEOUT_MS?.trim();
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 3_600_000 ? n : DEFAULT_STATEMENT_TIMEOUT_MS;
}
