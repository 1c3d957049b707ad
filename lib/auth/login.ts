import "server-only";
import { db } from "@/lib/db";
import { clearFailures, emailDigest, LOCK_MINUTES, takeAttempt, type FailureRule } from "./failures";
import { dummyPasswordHash, reserveHashSlot, verifyPassword } from "./password";
import { loginInput } from "./schema";

export const LOGIN_LOCK_MINUTES = LOCK_MINUTES;
/** Failures for one account from one address: then that pair is locked. */
export const LOGIN_MAX_FAILURES = 5;
/** Failures from one address, across accounts: then the address is locked. */
export const LOGIN_MAX_FAILURES_PER_IP = 20;
/** Failures for one account from anywhere (or from unknown addresses): then the account is locked. */
export const LOGIN_MAX_FAILURES_PER_ACCOUNT = 50;

export type LoginResult =
  { ok: true; user: { id: string; name: string; email: string } } | { ok: false; code: "CredentialsSignin" | "Throttled" | "Busy" };

const WRONG = { ok: false, code: "CredentialsSignin" } as const;
const THROTTLED = { ok: false, code: "Throttled" } as const;
const BUSY = { ok: false, code: "Busy" } as const;

/**
 * The keys an attempt counts against, and when each locks.
 *
 * Why not five failures per account: anyone who knows an administrator's address could then lock
 * them out at will, with five posts every fifteen minutes. So the tight limit (LOGIN_MAX_FAILURES)
 * is per account AND address: a stranger's failures lock only the stranger's own address for that
 * account, never the administrator signing in from elsewhere. The address also has its own limit
 * across accounts (LOGIN_MAX_FAILURES_PER_IP), against guessing many accounts. The account alone
 * gets a ten times higher threshold (LOGIN_MAX_FAILURES_PER_ACCOUNT): it bounds guessing spread over
 * many addresses — or from callers whose address is unknown (no trusted proxy: lib/request-ip.ts) —
 * to 50 per 15 minutes, while locking the account out takes a sustained attack of 50 posts per 15
 * minutes, each of which waits for a hashing slot.
 */
function rulesFor(email: string, ip: string | null): FailureRule[] {
  const account = emailDigest(email);
  const rules: FailureRule[] = [{ key: `account:${account}`, max: LOGIN_MAX_FAILURES_PER_ACCOUNT }];
  if (ip) {
    rules.push({ key: `pair:${account}:${ip}`, max: LOGIN_MAX_FAILURES }, { key: `ip:${ip}`, max: LOGIN_MAX_FAILURES_PER_IP });
  }
  return rules;
}

/**
 * Checks email and password. Input that is not an email of at most 254 characters and a password of
 * at most 200 is refused before any database write or hashing. Then, in this order: a place in the
 * bounded queue for hashing (else "Busy"), the locks (else "Throttled", nothing written), the
 * attempt counted as a failure, the hash check, and on success the failures cleared. `ip` is null
 * when the client's address cannot be trusted.
 */
export async function authenticate(emailRaw: unknown, passwordRaw: unknown, ip: string | null): Promise<LoginResult> {
  const parsed = loginInput.safeParse({ email: emailRaw, password: passwordRaw });
  if (!parsed.success) return WRONG;
  const { email, password } = parsed.data;
  const rules = rulesFor(email, ip);

  const dummy = await dummyPasswordHash(); // once per process, before taking a slot
  const slot = reserveHashSlot();
  if (!slot) return BUSY;
  try {
    const pending = await takeAttempt(rules);
    if (!pending) return THROTTLED;
    await slot;
    const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, active: true, passwordHash: true } });
    const valid = await verifyPassword(password, user?.passwordHash ?? dummy, { slotHeld: true });
    if (!user || !user.active || !user.passwordHash || !valid) return WRONG;
    await clearFailures(
      pending,
      rules.filter((r) => !r.key.startsWith("ip:")).map((r) => r.key),
    );
    return { ok: true, user: { id: user.id, name: user.name, email: user.email } };
  } finally {
    void slot.then((release) => release());
  }
}
