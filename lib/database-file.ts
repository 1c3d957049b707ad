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
