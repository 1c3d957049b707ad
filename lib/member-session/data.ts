import "server-only";
// Sessions and one-time links of members' own pages, in the database. Free of Next: the command
// pipeline, tests and scripts call these.
import type { Tx } from "@/lib/command/define";
import { db } from "@/lib/db";
import { hashToken, newToken } from "@/lib/users/tokens";
import type { MemberActor } from "./actor";
import { linkExpiry, MEMBER_TOKEN, sessionIsValid, sessionNeedsTouch, staleSessionCutoffs, type MemberLinkPurpose } from "./rules";

type Client = Tx | typeof db;

/** Starts a session for the member, in the caller's transaction; returns the token for the cookie (stored hashed only). */
export async function createMemberSession(tx: Tx, memberId: string, now: Date): Promise<string> {
  const { token, tokenHash } = newToken();
  await tx.memberSession.create({ data: { tokenHash, memberId, createdAt: now, lastSeenAt: now }, select: { id: true } });
  return token;
}

/**
 * The member whose session the cookie's token names, or null when there is none, it has ended (idle,
 * too old, signed out) or the member is no longer a confirmed member. An ended row is deleted on the
 * way; a valid one has its last use written at most every few minutes.
 */
export async function findMemberSession(token: string | null, now = new Date()): Promise<MemberActor | null> {
  if (!token || !MEMBER_TOKEN.test(token)) return null;
  const session = await db.memberSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, memberId: true, createdAt: true, lastSeenAt: true, member: { select: { awaitsConfirmation: true } } },
  });
  if (!session) return null;
  if (!sessionIsValid(session, now) || session.member.awaitsConfirmation) {
    await db.memberSession.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (sessionNeedsTouch(session, now)) {
    await db.memberSession.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return { kind: "member", memberId: session.memberId, sessionId: session.id };
}

/** Ends the session on the server: a copy of its cookie is worth nothing afterwards. */
export async function endMemberSession(tx: Tx, member: MemberActor): Promise<void> {
  await tx.memberSession.deleteMany({ where: { id: member.sessionId, memberId: member.memberId } });
}

/** Deletes sessions that have ended and links that have expired (of every member): they are never valid again. */
export async function purgeStaleMemberAccess(tx: Tx, now: Date): Promise<void> {
  const { idleBefore, startedBefore } = staleSessionCutoffs(now);
  await tx.memberSession.deleteMany({ where: { OR: [{ lastSeenAt: { lt: idleBefore } }, { createdAt: { lt: startedBefore } }] } });
  await tx.memberLink.deleteMany({ where: { expiresAt: { lt: now } } });
}

/** A new one-time link for the member, in the caller's transaction. Returns the token (stored hashed only). */
export async function createMemberLink(
  tx: Tx,
  target: { purpose: MemberLinkPurpose; memberId: string; newEmail?: string },
  now: Date,
): Promise<string> {
  const { token, tokenHash } = newToken();
  await tx.memberLink.create({
    data: { ...target, newEmail: target.newEmail ?? null, tokenHash, expiresAt: linkExpiry(target.purpose, now), createdAt: now },
    select: { id: true },
  });
  return token;
}

export function findMemberLink(client: Client, token: string) {
  return client.memberLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, memberId: true, newEmail: true, usedAt: true, expiresAt: true },
  });
}

/** Uses the link up: a conditional update, so two presses at once use it once. Returns whether this call did. */
export async function claimMemberLink(tx: Tx, linkId: string, now: Date): Promise<boolean> {
  const claimed = await tx.memberLink.updateMany({ where: { id: linkId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return claimed.count === 1;
}
