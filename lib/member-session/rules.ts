// Pure rules for a member's own page ("Min side"): how long its one-time links and sessions last.
// No I/O. Safe in the browser.
//
// A member signs in without a password: they ask for a link by email, open it, and press a button
// (opening alone signs nobody in: mail scanners open links). The link works once and briefly; the
// session it starts ends when idle, when old, on sign-out and with the member.

export const MEMBER_LINK_PURPOSES = ["SIGN_IN", "EMAIL_CHANGE"] as const;
export type MemberLinkPurpose = (typeof MEMBER_LINK_PURPOSES)[number];

/** How long a sign-in link works. */
export const SIGN_IN_LINK_MINUTES = 30;
/** How long the link that confirms a new email address works. */
export const EMAIL_CHANGE_LINK_HOURS = 24;

/**
 * The answer to a request for a sign-in link (and to a request for a new address) comes no sooner than
 * this after the request: a registered address also writes a link, which takes a little longer, and
 * the time must not tell one from the other (lib/self-service/actions.ts).
 */
export const EVEN_ANSWER_MS = 300;

/** A session nobody used for this long has ended. */
export const SESSION_IDLE_MINUTES = 60;
/** A session ends this long after sign-in, however busy. */
export const SESSION_MAX_HOURS = 8;
export const SESSION_MAX_AGE_SECONDS = SESSION_MAX_HOURS * 3600;
/** A session's last use is written at most this often (not on every page view). */
export const SESSION_TOUCH_MINUTES = 5;

const MINUTE = 60_000;

export function linkExpiry(purpose: MemberLinkPurpose, now: Date): Date {
  const ms = purpose === "SIGN_IN" ? SIGN_IN_LINK_MINUTES * MINUTE : EMAIL_CHANGE_LINK_HOURS * 60 * MINUTE;
  return new Date(now.getTime() + ms);
}

export type MemberLinkState = "valid" | "used" | "expired" | "unknown";

/** A link of another purpose is "unknown" here: a token only ever does what it was made for. */
export function memberLinkState(
  link: { purpose: string; usedAt: Date | null; expiresAt: Date } | null,
  purpose: MemberLinkPurpose,
  now: Date,
): MemberLinkState {
  if (!link || link.purpose !== purpose) return "unknown";
  if (link.usedAt) return "used";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "valid";
}

/** Whether a session is still valid at `now`: used within the idle limit and younger than the maximum. */
export function sessionIsValid(s: { createdAt: Date; lastSeenAt: Date }, now: Date): boolean {
  const t = now.getTime();
  return t - s.lastSeenAt.getTime() < SESSION_IDLE_MINUTES * MINUTE && t - s.createdAt.getTime() < SESSION_MAX_AGE_SECONDS * 1000;
}

/** Whether this use of a valid session should be written as its last use. */
export function sessionNeedsTouch(s: { lastSeenAt: Date }, now: Date): boolean {
  return now.getTime() - s.lastSeenAt.getTime() >= SESSION_TOUCH_MINUTES * MINUTE;
}

/** Sessions last used before this moment, or started before the other, have ended and can be deleted. */
export function staleSessionCutoffs(now: Date): { idleBefore: Date; startedBefore: Date } {
  return {
    idleBefore: new Date(now.getTime() - SESSION_IDLE_MINUTES * MINUTE),
    startedBefore: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000),
  };
}

/** The token in a link or the session cookie: 32 random bytes, base64url. Anything else is not looked up. */
export const MEMBER_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const MEMBER_LINK_MESSAGES: Record<Exclude<MemberLinkState, "valid">, string> = {
  used: "Linket er allerede brugt. Et link virker kun én gang. Bed om et nyt på Min side.",
  expired: `Linket er udløbet. Bed om et nyt på Min side – et link til at logge ind virker i ${SIGN_IN_LINK_MINUTES} minutter.`,
  unknown: "Linket virker ikke. Tjek, at du har kopieret hele linket fra emailen – eller bed om et nyt på Min side.",
};
