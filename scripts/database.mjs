// Which database the scripts use — the same rule as lib/database-file.ts (which the app and
// prisma.config.ts read): DATABASE_URL=postgres://… or postgresql://… selects PostgreSQL, anything
// else the SQLite file DATABASE_FILE (default data/selvhjaelp.db).

/** The PostgreSQL connection string, or null for SQLite. */
export function postgresUrl(env = process.env) {
  const url = env.DATABASE_URL?.trim();
  return url && /^postgres(ql)?:\/\//i.test(url) ? url : null;
}
