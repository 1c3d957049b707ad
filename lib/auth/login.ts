import "server-only";
import { db } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "./password";

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_LOCK_MINUTES = 15;

export type LoginResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; code: "CredentialsSignin" | "Throttled" };

/**
 * Checks email and password. After LOGIN_MAX_FAILURES failures within LOGIN_LOCK_MINUTES for the
 * account or for the IP, every attempt is refused until the window has passed.
 */
export async function authenticate(emailRaw: string, password: string, ip: string): Promise<LoginResult> {
  const email = emailRaw.trim().toLowerCase();
  const keys = [`account:${email}`, `ip:${ip}`];
  const since = new Date(Date.now() - LOGIN_LOCK_MINUTES * 60_000);
  const failures = await Promise.all(keys.map((key) => db.loginFailure.count({ where: { key, createdAt: { gte: since } } })));
  if (failures.some((n) => n >= LOGIN_MAX_FAILURES)) return { ok: false, code: "Throttled" };

  const user = email
    ? await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, active: true, passwordHash: true } })
    : null;
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.active || !user.passwordHash || !valid) {
    await db.loginFailure.createMany({ data: keys.map((key) => ({ key })) });
    return { ok: false, code: "CredentialsSignin" };
  }
  await db.loginFailure.deleteMany({ where: { key: keys[0] } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
}
