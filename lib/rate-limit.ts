import "server-only";
import { createHash } from "node:crypto";
import { db, lockKeys } from "@/lib/db";

export const RATE_LIMIT_MAX = 5;
export const RATE_LIMIT_WINDOW_MINUTES = 10;
/**
 * Submissions per scope within the window from all callers whose address is unknown together (no
 * TRUST_PROXY: lib/request-ip.ts), for a command that has no other key (a one-time link). Higher than
 * RATE_LIMIT_MAX because everyone without an address shares it; without it such callers had no limit.
 */
export const RATE_LIMIT_UNKNOWN_ADDRESS_MAX = 30;

/** A key and the number of submissions it admits within the window (RATE_LIMIT_MAX when only the key is given). */
export type RateLimitKey = string | { key: string; max: number };

/** The key for an email: a SHA-256 hash, so the table never holds the address itself. */
export function emailKey(scope: string, email: string): string {
  return `${scope}:email:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
}

/** The key for a member acting on their own page (lib/member-session). */
export function memberKey(scope: string, memberId: string): string {
  return `${scope}:member:${memberId}`;
}

export function ipKey(scope: string, ip: string): string {
  return `${scope}:ip:${ip}`;
}

/** The one bucket per scope that every caller without a known address shares. */
export function unknownAddressKey(scope: string): RateLimitKey {
  return { key: `${scope}:unknown-address`, max: RATE_LIMIT_UNKNOWN_ADDRESS_MAX };
}

/**
 * Counts one submission against each key. Refuses (and counts nothing) when any key already has its
 * maximum (RATE_LIMIT_MAX unless the key says otherwise) within the window. Old hits are cleared on the
 * way. Count and insert happen in one transaction that first locks the keys (lockKeys: an advisory lock
 * per key on PostgreSQL, the write lock on SQLite), so concurrent submissions for one key cannot all
 * pass the count.
 */
export async function takeRateLimit(limits: RateLimitKey[], now = new Date()): Promise<{ ok: boolean }> {
  const since = new Date(now.getTime() - RATE_LIMIT_WINDOW_MINUTES * 60_000);
  const rules = limits.map((l) => (typeof l === "string" ? { key: l, max: RATE_LIMIT_MAX } : l));
  const keys = rules.map((r) => r.key);
  return db.$transaction(async (tx) => {
    await lockKeys(tx, keys);
    await tx.rateLimitHit.deleteMany({ where: { key: { in: keys }, createdAt: { lt: since } } });
    for (const { key, max } of rules) {
      if ((await tx.rateLimitHit.count({ where: { key, createdAt: { gte: since } } })) >= max) return { ok: false };
    }
    await tx.rateLimitHit.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
    return { ok: true };
  });
}
