import "server-only";
// Failed password checks (sign-in, and the current password on the account page), counted per key
// in LoginFailure. Keys never hold an email address: only its SHA-256 hash.
import { createHash, randomUUID } from "node:crypto";
import { db, lockKeys } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const LOCK_MINUTES = 15;
const LOCK_MS = LOCK_MINUTES * 60_000;
/**
 * Rows older than this can no longer lock anything (a lock needs its newest failure within the lock
 * window and its oldest within a window of that), so they are deleted: on each attempt and in the
 * retention purge (lib/privacy/retention-data.ts).
 */
export const FAILURE_KEEP_MS = 2 * LOCK_MS;

type Writer = Pick<Prisma.TransactionClient, "loginFailure">;

/** A key: at most `max` failures within LOCK_MINUTES of each other, then locked for LOCK_MINUTES after the last. */
export type FailureRule = { key: string; max: number };

/** The SHA-256 of the trimmed, lower-cased address: what failure keys hold instead of the email. */
export function emailDigest(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

export function purgeOldFailures(client: Writer, now = Date.now()) {
  return client.loginFailure.deleteMany({ where: { createdAt: { lt: new Date(now - FAILURE_KEEP_MS) } } });
}

/**
 * Locked when the last `max` failures for the key fell within LOCK_MINUTES of each other, until
 * LOCK_MINUTES after the last of them. (A plain sliding count would lift the lock as soon as the
 * first of them aged out — after one minute when they were spread over fourteen.)
 */
async function isLocked(client: Writer, { key, max }: FailureRule, now: number): Promise<boolean> {
  const recent = await client.loginFailure.findMany({
    where: { key, createdAt: { gte: new Date(now - FAILURE_KEEP_MS) } },
    orderBy: { createdAt: "desc" },
    take: max,
    select: { createdAt: true },
  });
  if (recent.length < max) return false;
  const newest = recent[0].createdAt.getTime();
  const oldest = recent[recent.length - 1].createdAt.getTime();
  return now - newest < LOCK_MS && newest - oldest <= LOCK_MS;
}

/**
 * In one transaction that first locks the rules' keys (lockKeys: an advisory lock per key on
 * PostgreSQL, the write lock on SQLite): deletes rows too old to matter, refuses (null, nothing
 * written) when any rule's key is locked, else records this attempt as a failure for every key — before the slow check, so
 * that many attempts sent at once cannot all slip past the lock. Returns the new rows' ids: the
 * caller deletes them when the password was right.
 */
export async function takeAttempt(rules: FailureRule[], now = Date.now()): Promise<string[] | null> {
  return db.$transaction(async (tx) => {
    await lockKeys(
      tx,
      rules.map((rule) => rule.key),
    );
    await purgeOldFailures(tx, now);
    for (const rule of rules) if (await isLocked(tx, rule, now)) return null;
    const rows = rules.map((rule) => ({ id: randomUUID(), key: rule.key, createdAt: new Date(now) }));
    await tx.loginFailure.createMany({ data: rows });
    return rows.map((row) => row.id);
  });
}

/** After a right password: this attempt's rows and every failure recorded for `keys`. */
export async function clearFailures(ids: string[], keys: string[]): Promise<void> {
  await db.loginFailure.deleteMany({ where: { OR: [{ id: { in: ids } }, { key: { in: keys } }] } });
}
