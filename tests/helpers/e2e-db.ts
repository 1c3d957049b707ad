import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { expect, inject } from "vitest";
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

/**
 * A group written straight into the database file (as these fixtures do, like another process would)
 * opens on the running site on the next request (lib/groups/known-slugs.ts looks a missed slug up on
 * its own), unless the same slug was asked for within SLUG_RECHECK_MS before it existed. Waits for the
 * page to open. A group created through the admin area opens at once and needs no wait.
 */
export async function untilGroupPageOpens(slug: string): Promise<void> {
  await expect.poll(async () => (await fetch(`${inject("baseUrl")}/grupper/${slug}`)).status).toBe(200);
}
