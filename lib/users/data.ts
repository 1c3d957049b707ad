import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { clearFailures, takeAttempt } from "@/lib/auth/failures";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { db } from "@/lib/db";
import { INVITE_VALID_HOURS, PASSWORD_LINK_VALID_HOURS, RESET_VALID_HOURS, type InviteUser, type RoleValue } from "./schema";
import { hashToken, newToken } from "./tokens";

/** The slow part of a password change, outside any transaction: the current password checked, the new one hashed. */
export type PasswordCheck = { verifiedHash: string; newHash: string } | "WRONG" | "THROTTLED";

/** Wrong current passwords on the account page: after this many within 15 minutes, 15 minutes without checking. */
export const CURRENT_PASSWORD_MAX_FAILURES = 5;

/**
 * Checks the caller's current password, at most CURRENT_PASSWORD_MAX_FAILURES wrong ones per 15
 * minutes for the account: beyond that the answer is THROTTLED, without hashing. Each check counts as
 * a failure before the hash (so parallel posts cannot slip past) and is cleared when it was right.
 */
export async function checkPasswordChange(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<PasswordCheck> {
  const key = `current-password:${actor.id}`;
  const pending = await takeAttempt([{ key, max: CURRENT_PASSWORD_MAX_FAILURES }]);
  if (!pending) return "THROTTLED";
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) return "WRONG";
  await clearFailures(pending, [key]);
  return { verifiedHash: user.passwordHash, newHash: await hashPassword(input.newPassword) };
}

/** Stores the new hash, provided the password checked is still the account's (the guard is in the WHERE). */
export async function changePassword(
  tx: Tx,
  actor: Actor,
  check: PasswordCheck,
): Promise<Outcome<{ userId: string }, "WRONG_CURRENT" | "THROTTLED">> {
  if (check === "THROTTLED") return refuse("THROTTLED");
  if (check === "WRONG") return refuse("WRONG_CURRENT");
  const updated = await tx.user.updateMany({
    where: { id: actor.id, passwordHash: check.verifiedHash },
    data: { passwordHash: check.newHash, passwordChangedAt: new Date() },
  });
  if (updated.count !== 1) return refuse("WRONG_CURRENT");
  // Whoever knows the password has no use for a pending set-password link: it would only be a way in for someone else.
  await tx.invite.deleteMany({ where: { userId: actor.id, usedAt: null } });
  return done({ userId: actor.id });
}

/** What the invitation email needs; the token exists nowhere else (only its hash is stored). */
export type Invited = { userId: string; name: string; email: string; role: RoleValue; token: string; reinvite: boolean };

/**
 * Revokes the account's unused links and issues a fresh one, valid for `hours`. Invitations, reset
 * links and an administrator's set-password links are all rows of Invite (a one-time link that sets
 * the password); an account has at most one unused link, so a newer link always ends the older ones.
 */
async function issueLink(tx: Tx, userId: string, hours: number): Promise<string> {
  const { token, tokenHash } = newToken();
  await tx.invite.deleteMany({ where: { userId, usedAt: null } });
  await tx.invite.create({ data: { userId, tokenHash, expiresAt: new Date(Date.now() + hours * 3_600_000) }, select: { id: true } });
  return token;
}

const issueInvite = (tx: Tx, userId: string) => issueLink(tx, userId, INVITE_VALID_HOURS);

/**
 * Creates the account (without a password) and a one-time invite. Inviting an email whose account
 * has no password yet sends a fresh invite and revokes the older unused ones; an account that has a
 * password, or is deactivated, is refused.
 */
export async function createInvite(tx: Tx, input: InviteUser): Promise<Outcome<Invited, "HAS_ACCOUNT" | "INACTIVE">> {
  const existing = await tx.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true, active: true },
  });
  if (existing?.passwordHash) return refuse("HAS_ACCOUNT");
  if (existing && !existing.active) return refuse("INACTIVE");
  const user =
    existing ??
    (await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        ...(input.role === "FACILITATOR" ? { facilitator: { create: { courseCompletedAt: input.courseCompletedAt } } } : {}),
      },
      select: { id: true, name: true, email: true, role: true },
    }));
  const token = await issueInvite(tx, user.id);
  return done({ userId: user.id, name: user.name, email: user.email, role: user.role, token, reinvite: existing !== null });
}

/** A fresh invite for an account that has no password yet; older unused invites stop working. */
export async function renewInvite(tx: Tx, userId: string): Promise<Outcome<Invited, "NOT_FOUND" | "HAS_ACCOUNT" | "INACTIVE">> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, role: true, passwordHash: true, active: true } });
  if (!user) return refuse("NOT_FOUND");
  if (user.passwordHash) return refuse("HAS_ACCOUNT");
  if (!user.active) return refuse("INACTIVE");
  const token = await issueInvite(tx, userId);
  return done({ userId, name: user.name, email: user.email, role: user.role, token, reinvite: true });
}

/** What a set-password mail needs (the token exists only in it). */
export type PasswordLinkFor = { userId: string; name: string; email: string; token: string };

/**
 * "Glemt adgangskode?": a one-hour link, only for an active account that has a password. Any other
 * address — unknown, deactivated, or an account still waiting to accept its invitation (whose
 * invitation a stranger must not be able to replace) — gets null and nothing is written.
 */
export async function issuePasswordReset(tx: Tx, email: string): Promise<Outcome<PasswordLinkFor | null, never>> {
  const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, active: true, passwordHash: true } });
  if (!user || !user.active || !user.passwordHash) return done(null);
  const token = await issueLink(tx, user.id, RESET_VALID_HOURS);
  return done({ userId: user.id, name: user.name, email: user.email, token });
}

/**
 * An administrator's set-password link for an account that has a password (one without gets its
 * invitation again instead). The current password keeps working until the link is used.
 */
export async function issuePasswordLink(tx: Tx, userId: string): Promise<Outcome<PasswordLinkFor, "NOT_FOUND" | "NO_PASSWORD" | "INACTIVE">> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, passwordHash: true, active: true } });
  if (!user) return refuse("NOT_FOUND");
  if (!user.passwordHash) return refuse("NO_PASSWORD");
  if (!user.active) return refuse("INACTIVE");
  const token = await issueLink(tx, userId, PASSWORD_LINK_VALID_HOURS);
  return done({ userId, name: user.name, email: user.email, token });
}

/** Deactivates or reactivates an account. Never the caller's own, never the last active administrator. */
export async function setUserActive(
  tx: Tx,
  actor: Actor,
  input: { userId: string; active: boolean },
): Promise<Outcome<undefined, "NOT_FOUND" | "SELF" | "LAST_ADMIN">> {
  if (!input.active && input.userId === actor.id) return refuse("SELF");
  const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
  if (!user) return refuse("NOT_FOUND");
  if (!input.active && user.role === "ADMIN") {
    const otherAdmins = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: input.userId } } });
    if (otherAdmins === 0) return refuse("LAST_ADMIN");
  }
  // Deactivation ends the account's sessions for good: reactivating it later does not revive them.
  await tx.user.update({
    where: { id: input.userId },
    data: input.active ? { active: true } : { active: false, sessionsEndedAt: new Date() },
    select: { id: true },
  });
  return done();
}

export type InviteState = { state: "valid"; name: string } | { state: "expired" | "used" | "unknown" };

type InviteReader = Pick<Tx, "invite">;

/** What the invitation page should show for a token from a link (the token is the caller's authority). */
export async function getInviteState(token: string, now = new Date(), client: InviteReader = db): Promise<InviteState> {
  const invite = await client.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, active: true } } },
  });
  if (!invite || !invite.user.active) return { state: "unknown" };
  if (invite.usedAt) return { state: "used" };
  if (invite.expiresAt <= now) return { state: "expired" };
  return { state: "valid", name: invite.user.name };
}

/** Hashes the chosen password outside the transaction — only for a link that is valid, so a guessed token costs no hashing. */
export async function hashForInvite(input: { token: string; newPassword: string }): Promise<string | null> {
  return (await getInviteState(input.token)).state === "valid" ? hashPassword(input.newPassword) : null;
}

/**
 * Sets the password from a valid link (invitation, reset or an administrator's) and uses the link up —
 * once, even when two requests race. The account's other unused links stop working, and the new
 * passwordChangedAt ends every session signed in before it. Returns the address for the sign-in form.
 */
export async function acceptInvite(
  tx: Tx,
  input: { token: string },
  passwordHash: string | null,
): Promise<Outcome<{ userId: string; email: string }, "EXPIRED" | "USED" | "UNKNOWN">> {
  const now = new Date();
  const state = await getInviteState(input.token, now, tx);
  if (state.state !== "valid") return refuse(({ expired: "EXPIRED", used: "USED", unknown: "UNKNOWN" } as const)[state.state]);
  const invite = await tx.invite.findUniqueOrThrow({ where: { tokenHash: hashToken(input.token) }, select: { id: true, userId: true } });
  // The guard sits in the UPDATE's WHERE: of two uses at the same moment only one claims the invite.
  const claimed = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count !== 1 || !passwordHash) return refuse("USED");
  const user = await tx.user.update({ where: { id: invite.userId }, data: { passwordHash, passwordChangedAt: now }, select: { email: true } });
  await tx.invite.deleteMany({ where: { userId: invite.userId, usedAt: null } });
  return done({ userId: invite.userId, email: user.email });
}
