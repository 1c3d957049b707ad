import "server-only";
// Seals the text of a queued mail that carries a secret link (an invitation, a confirmation link), so
// the outbox table never holds a usable link in the clear: AES-256-GCM with a key derived (HKDF,
// SHA-256) from NEXTAUTH_SECRET. A changed secret or an altered value does not open; the worker then
// gives the mail up instead of sending something else.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const VERSION = "v1";
const INFO = "selvhjaelp-herning/outbox-seal/v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Thrown when a sealed value cannot be opened (wrong secret, altered or malformed); carries no text. */
export class SealError extends Error {
  override name = "SealError";
}

const keys = new Map<string, Buffer>();

function keyFor(secret: string | undefined): Buffer {
  if (!secret) {
    throw new SealError("NEXTAUTH_SECRET is not set: a mail with a secret link cannot be sealed or opened (scripts/prepare.mjs sets it on start)");
  }
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), INFO, 32));
    keys.set(secret, key);
  }
  return key;
}

/** "v1.<base64url of iv | tag | ciphertext>". `secret` defaults to NEXTAUTH_SECRET. */
export function seal(plain: string, secret: string | undefined = env().NEXTAUTH_SECRET): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The sealed text, or a SealError when it does not open with this secret. */
export function unseal(sealed: string, secret: string | undefined = env().NEXTAUTH_SECRET): string {
  const key = keyFor(secret);
  const [version, payload, ...rest] = sealed.split(".");
  if (version !== VERSION || !payload || rest.length > 0) throw new SealError("not a sealed value");
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new SealError("sealed value too short");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealError("sealed value does not open with this secret");
  }
}
