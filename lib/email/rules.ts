// When the worker tries a mail again, when it gives up, and what it may record about a failure.
// Pure: no I/O.

const MINUTE = 60_000;

/** The wait after the 1st, 2nd, … failed attempt. After the last one the mail is given up. */
export const BACKOFF_MS = [1, 5, 30, 120, 360, 720].map((m) => m * MINUTE);

/** Attempts in all: the first and one after each wait (about 21 hours from the first to the last). */
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;

/** How long a worker holds a mail it is sending; a worker that died lets go when this passes. */
export const LOCK_MS = 2 * MINUTE;

/**
 * A mail not sent within this age is given up instead of sent late: covers the whole backoff with
 * room for a stopped server, and keeps a mail server set up later from sending weeks-old mails that
 * administrators already handled from the outbox.
 */
export const MAX_AGE_MS = 3 * 24 * 60 * MINUTE;

/** After a failed attempt (`attempts` counts it): when to try again, or null to give up. */
export function nextAttemptAfterFailure(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + BACKOFF_MS[Math.max(0, attempts - 1)]);
}

/**
 * What kind of error it was: the error's code or name (e.g. "ECONNECTION", "EENVELOPE 550"), never
 * its message, which can quote addresses or the server's reply.
 */
export function errorKind(error: unknown): string {
  const e = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; name?: unknown; responseCode?: unknown };
  const word = (v: unknown) => (typeof v === "string" && /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(v) ? v : null);
  const kind = word(e.code) ?? word(e.name) ?? "Error";
  return typeof e.responseCode === "number" && Number.isInteger(e.responseCode) ? `${kind} ${e.responseCode}` : kind;
}
