import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client on the running app's database, for fixtures and for checking what a journey wrote. */
export function e2eDb(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${inject("e2eDatabaseFile")}` }) });
}
