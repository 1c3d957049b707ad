// Pure checks on a session's sign-in time. Safe anywhere.

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
