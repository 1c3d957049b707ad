import "server-only";
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { availableParallelism } from "node:os";

// scrypt with OWASP's recommended parameters (N=2^17, r=8, p=1: 128 MiB, a few hundred ms).
const N = 2 ** 17;
const r = 8;
const p = 1;
const KEY_LENGTH = 64;

/**
 * At most this many scrypt computations run at once in the process (each takes a core and 128 MiB):
 * one core is always left for the pages, and at most two hash at the same time.
 */
export const MAX_CONCURRENT_HASHES = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Sign-ins that may wait for a hashing slot; beyond that a sign-in is refused as busy, unchecked. */
export const MAX_WAITING_SIGN_INS = 8;

type Release = () => void;

/** A counting semaphore; a release hands the slot straight to the next waiter. */
class Semaphore {
  private active = 0;
  private readonly waiting: Array<(release: Release) => void> = [];
  constructor(private readonly limit: number) {}

  /** A slot (now or when one frees up), or null when `maxWaiting` callers already wait. */
  acquire(maxWaiting = Number.POSITIVE_INFINITY): Promise<Release> | null {
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= maxWaiting) return null;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  load() {
    return { active: this.active, waiting: this.waiting.length };
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next(this.releaser());
      else this.active--;
    };
  }
}

const hashSlots = new Semaphore(MAX_CONCURRENT_HASHES);

/**
 * For sign-in: a hashing slot, or null when too many sign-ins already wait (the caller answers
 * "busy" without hashing). Pass `{ slotHeld: true }` to verifyPassword while holding it.
 */
export function reserveHashSlot(): Promise<Release> | null {
  return hashSlots.acquire(MAX_WAITING_SIGN_INS);
}

/** How many hashes run and wait now (for tests and diagnostics). */
export function hashingLoad(): { active: number; waiting: number } {
  return hashSlots.load();
}

type SlotOptions = { slotHeld?: boolean };

async function scrypt(password: string, salt: Buffer, options: ScryptOptions, { slotHeld = false }: SlotOptions): Promise<Buffer> {
  const release = slotHeld ? null : await hashSlots.acquire()!;
  try {
    return await new Promise((resolve, reject) =>
      scryptCb(password.normalize("NFKC"), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
    );
  } finally {
    release?.();
  }
}

const maxmem = 256 * 1024 * 1024;

/** "scrypt$N$r$p$salt$hash" (base64). */
export async function hashPassword(password: string, opts: SlotOptions = {}): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, { N, r, p, maxmem }, opts);
  return ["scrypt", N, r, p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string | null | undefined, opts: SlotOptions = {}): Promise<boolean> {
  if (!stored) return false;
  const [kind, n, rr, pp, salt, hash] = stored.split("$");
  if (kind !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  try {
    const key = await scrypt(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(rr), p: Number(pp), maxmem }, opts);
    return key.length === expected.length && timingSafeEqual(key, expected);
  } catch {
    // A malformed stored hash (bad parameters) is a failed check, not a crash of the sign-in route.
    return false;
  }
}

/**
 * A stored hash for comparing against when the account does not exist, so timing does not reveal it.
 * Sign-in awaits it before taking a slot (it takes one itself, once per process).
 */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}
