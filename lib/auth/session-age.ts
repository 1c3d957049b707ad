// Pure checks on a session's sign-in time. Safe anywhere.

/** The longest a session lasts after sign-in, however often next-auth renews the cookie. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Seconds since the epoch, as next-auth and our `authTime` claim count. */
export const epochSeconds = (date: Date | number = Date.now()) => Math.floor((typeof date === "number" ? date : date.getTime()) / 1000);

/**
 * A session signed in before the account's password was last changed (or set) is no longer valid.
 * Compared in whole seconds, the resolution of the sign-in time: a session signed in within the same
 * second as the change still counts.
 */
export function signedInBeforePasswordChange(authTime: number, passwordChangedAt: Date | null): boolean {
  return passwordChangedAt !== null && authTime < epochSeconds(passwordChangedAt);
}

/** A session signed in before the account's sessions were ended (deactivation); same-second rule as above. */
export function signedInBeforeSessionsEnded(authTime: number, sessionsEndedAt: Date | null): boolean {
  return sessionsEndedAt !== null && authTime < epochSeconds(sessionsEndedAt);
}
