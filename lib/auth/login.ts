import "server-only";
import { db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "./password";
import { PASSWORD_MAX_LENGTH } from "./schema";

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_LOCK_MINUTES = 15;

export type LoginResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; code: "CredentialsSignin" | "Throttled" };

const LOCK_MS = LOGIN_LOCK_MINUTES * 60_000;

/**
 * Locked when the last LOGIN_MAX_FAILURES failures for the key fell within LOGIN_LOCK_MINUTES of each
 * other, until LOGIN_LOCK_MINUTES after the last of them. (A plain sliding count would lift the lock
 * as soon as the first of the five aged out — after one minute when they were spread over fourteen.)
 */
async function isLocked(key: string, now: number): Promise<boolean> {
  const recent = await db.loginFailure.findMany({
    where: { key, createdAt: { gte: new Date(now - 2 * LOCK_MS) } },
    orderBy: { createdAt: "desc" },
    take: LOGIN_MAX_FAILURES,
    select: { createdAt: true },
  });
  if (recent.length < LOGIN_MAX_FAILURES) return false;
  const newest = recent[0].createdAt.getTime();
  const oldest = recent[recent.length - 1].createdAt.getTime();
  return now - newest < LOCK_MS && newest - oldest <= LOCK_MS;
}

/**
 * Checks email and password. After LOGIN_MAX_FAILURES failures for the account, or for the IP when it
 * is known, every attempt is refused for LOGIN_LOCK_MINUTES. `ip` is null when the client's address
 * cannot be trusted (no reverse proxy configured): one shared "unknown" bucket would let five wrong
 * guesses by anyone lock everybody out.
 */
export async function authenticate(emailRaw: string, password: string, ip: string | null): Promise<LoginResult> {
  const email = emailRaw.trim().toLowerCase();
  const keys = [`account:${email}`, ...(ip ? [`ip:${ip}`] : [])];
  const now = Date.now();
  const locks = await Promise.all(keys.map((key) => isLocked(key, now)));
  if (locks.some(Boolean)) return { ok: false, code: "Throttled" };

  // Count this attempt as a failure before the slow hash check, so that many attempts sent at the same
  // moment cannot all slip past the lock: beyond the limit, the attempt is refused unchecked.
  const pending = await db.$transaction(keys.map((key) => db.loginFailure.create({ data: { key }, select: { id: true } })));
  const pendingIds = pending.map((p) => p.id);
  const inWindow = await Promise.all(
    keys.map((key) => db.loginFailure.count({ where: { key, createdAt: { gte: new Date(now - LOCK_MS) } } })),
  );
  if (inWindow.some((n) => n > LOGIN_MAX_FAILURES)) {
    await db.loginFailure.deleteMany({ where: { id: { in: pendingIds } } });
    return { ok: false, code: "Throttled" };
  }

  const user = email
    ? await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, active: true, passwordHash: true } })
    : null;
  // No stored password is longer than PASSWORD_MAX_LENGTH: a longer one is wrong without hashing it.
  const valid = password.length <= PASSWORD_MAX_LENGTH && (await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash())));
  if (!user || !user.active || !user.passwordHash || !valid) return { ok: false, code: "CredentialsSignin" };
  await db.loginFailure.deleteMany({ where: { OR: [{ key: keys[0] }, { id: { in: pendingIds } }] } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
