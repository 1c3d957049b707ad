import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/postgres/client";
import { databaseFile, postgresUrl, statementTimeoutMs } from "./database-file";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** Which database this process talks to: PostgreSQL when DATABASE_URL is postgres://…, else the SQLite file. */
export const dbProvider: "postgresql" | "sqlite" = postgresUrl() ? "postgresql" : "sqlite";

function createClient(): PrismaClient {
  const url = postgresUrl();
  if (url) {
    // The PostgreSQL client is generated from the same models and enums (prisma/postgres/schema.prisma
    // is made from prisma/schema.prisma), so the app keeps the SQLite client's types. Sessions run in
    // UTC, as Prisma reads and writes its timestamps, and no statement runs (or waits for a lock) longer
    // than statementTimeoutMs: a slow query fails its own request, never holds the others.
    const adapter = new PrismaPg({ connectionString: url, options: `-c TimeZone=UTC -c statement_timeout=${statementTimeoutMs()}` });
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new PrismaBetterSQLite3({ url: `file:${databaseFile()}` });
  return new PrismaClient({ adapter });
}

/** The one Prisma client. Only lib/db.ts and lib/<feature>/data.ts files import it. */
export const db: PrismaClient = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/**
 * Serialises the rest of the caller's transaction against every other transaction that locks one of
 * the same keys, for a count-then-write (rate limits, failed sign-ins). Call it first in the
 * transaction. PostgreSQL runs transactions side by side at READ COMMITTED: each key takes a
 * transaction-scoped advisory lock, in a fixed order so that two callers cannot deadlock. SQLite runs
 * one writing transaction at a time (and Prisma's adapter one transaction per process): a write that
 * changes nothing takes the database's write lock before anything is read, also against another process.
 */
export async function lockKeys(tx: Prisma.TransactionClient, keys: string[]): Promise<void> {
  if (dbProvider === "postgresql") {
    for (const key of [...new Set(keys)].sort()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
  } else {
    await tx.$executeRaw`UPDATE "RateLimitHit" SET "key" = "key" WHERE 1 = 0`;
  }
}

/**
 * A case-insensitive "contains" filter on both databases: SQLite's LIKE already ignores case (for
 * ASCII letters), PostgreSQL's needs `mode: "insensitive"` (ILIKE), which the SQLite client's types do
 * not know.
 */
export function containsText(q: string): Prisma.StringFilter {
  return (dbProvider === "postgresql" ? { contains: q, mode: "insensitive" } : { contains: q }) as Prisma.StringFilter;
}
