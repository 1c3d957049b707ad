import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { inject } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { unseal } from "@/lib/email/seal";

/** A Prisma client on the running app's database, for fixtures and for checking what a journey wrote. */
export function e2eDb(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${inject("e2eDatabaseFile")}` }) });
}

/** The confirmation link in the newest mail to `to`, as its recipient reads it (the outbox copy has it redacted). */
export async function e2eConfirmationLink(db: PrismaClient, to: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { to, sealedText: { not: null } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const match = /https?:\/\/[^\s]+\/bekraeft\/[A-Za-z0-9_-]{43}/.exec(unseal(mail.sealedText!, inject("e2eAuthSecret")));
  if (!match) throw new Error("the newest sealed mail to this address has no confirmation link");
  return new URL(match[0]).pathname;
}
