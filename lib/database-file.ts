import path from "node:path";

/**
 * The SQLite file the app, the CLI and the seed use. DATABASE_FILE overrides the default
 * (tests point it at a fresh file). Kept free of imports from the app so prisma.config.ts can use it.
 */
export function databaseFile(): string {
  const fromEnv = process.env.DATABASE_FILE;
  return path.resolve(fromEnv && fromEnv.length > 0 ? fromEnv : path.join("data", "selvhjaelp.db"));
}
