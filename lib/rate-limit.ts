import "server-only";
import { createHash } from "node:crypto";
import { db, lockKeys } from "@/lib/db";

export const RATE_LIMIT_MAX = 5;
export const RATE_LIMIT_WINDOW_MINUTES = 10;

/** The key for an email: a SHA-256 hash, so the table never holds the address itself. */
export function emailKey(scope: string, email: string): string {
  return `${scope}:email:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
}

export function ipKey(scope: string, ip: string): string {
  return `${scope}:ip:${ip}`;
}

/**
 * Counts one submission against each key. Refuses (and counts nothing) when any key already has
 * RATE_LIMIT_MAX submissions within the window. Old hits are cleared on the way. Count and insert
 * happen in one transaction that first locks the keys (lockKeys: an advisory lock per key on
 * PostgreSQL, the write lock on SQLite), so concurrent submissions for one key cannot all pass the count.
 */
export async function takeRateLimit(keys: string[], now = new Date()): Promise<{ ok: boolean }> {
  const since = new Date(now.getTime() - RATE_LIMIT_WINDOW_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    await lockKeys(tx, keys);
    await tx.rateLimitHit.deleteMany({ where: { key: { in: keys }, createdAt: { lt: since } } });
    for (const key of keys) {
      if ((await tx.rateLimitHit.count({ where: { key, createdAt: { gte: since } } })) >= RATE_LIMIT_MAX) return { ok: false };
    }
    await tx.rateLimitHit.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
    return { ok: true };
  });
}
