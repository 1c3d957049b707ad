import "server-only";
// Signing in to a member's own page ("Min side") without a password, in the caller's transaction.
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { queueEmail } from "@/lib/email/queue";
import { env } from "@/lib/env";
import type { MemberActor } from "@/lib/member-session/actor";
import {
  claimMemberLink,
  createMemberLink,
  createMemberSession,
  endMemberSession,
  findMemberLink,
  purgeStaleMemberAccess,
} from "@/lib/member-session/data";
import { memberLinkState, type MemberLinkPurpose, type MemberLinkState } from "@/lib/member-session/rules";
import { noMemberEmail, signInEmail, signInLink } from "./emails";
import { getIdentity } from "@/lib/settings/data";

export type LinkRefusal = "UNKNOWN" | "USED" | "EXPIRED";

/**
 * Someone asks for a sign-in link for `email`. The answer is the same whatever the database holds:
 * only the email to the address differs. A confirmed member gets a one-time link; any other address
 * (unknown, or a member still waiting for their own confirmation) gets a note with no link. Both
 * queue one mail, so the two cost about the same to answer.
 */
export async function requestSignInLink(tx: Tx, email: string, now = new Date()): Promise<Outcome<{ memberId: string | null }, never>> {
  const siteUrl = env().SITE_URL;
  const org = await getIdentity(tx);
  const member = await tx.member.findUnique({ where: { email }, select: { id: true, name: true, email: true, awaitsConfirmation: true } });
  if (!member || member.awaitsConfirmation) {
    await queueEmail(tx, noMemberEmail(email, siteUrl, org));
    return done({ memberId: null });
  }
  const token = await createMemberLink(tx, { purpose: "SIGN_IN", memberId: member.id }, now);
  await queueEmail(tx, signInEmail(member, signInLink(siteUrl, token), org));
  return done({ memberId: member.id });
}

type SpentLink = { id: string; memberId: string; newEmail: string | null };

const refusalFor = (state: MemberLinkState): LinkRefusal => (state === "used" ? "USED" : state === "expired" ? "EXPIRED" : "UNKNOWN");

/** The valid link of this purpose behind the token, used up now (a refusal later rolls that back); or why not. */
export async function spendMemberLink(tx: Tx, token: string, purpose: MemberLinkPurpose, now: Date): Promise<Outcome<SpentLink, LinkRefusal>> {
  const link = await findMemberLink(tx, token);
  const state = memberLinkState(link, purpose, now);
  if (!link || state !== "valid") return refuse(refusalFor(state));
  if (!(await claimMemberLink(tx, link.id, now))) return refuse("USED");
  return done({ id: link.id, memberId: link.memberId, newEmail: link.newEmail });
}

/**
 * The member presses the button on the link's page: the link is used up (two presses at once sign in
 * once) and a session starts. Returns the session's token for the cookie; the browser never sees it
 * otherwise.
 */
export async function signInByLink(
  tx: Tx,
  token: string,
  now = new Date(),
): Promise<Outcome<{ memberId: string; sessionToken: string }, LinkRefusal>> {
  const used = await spendMemberLink(tx, token, "SIGN_IN", now);
  if (!used.ok) return used;
  const member = await tx.member.findUnique({ where: { id: used.data.memberId }, select: { awaitsConfirmation: true } });
  if (!member || member.awaitsConfirmation) return refuse("UNKNOWN");
  await purgeStaleMemberAccess(tx, now);
  const sessionToken = await createMemberSession(tx, used.data.memberId, now);
  return done({ memberId: used.data.memberId, sessionToken });
}

export async function signOutMember(tx: Tx, member: MemberActor): Promise<Outcome<{ memberId: string }, never>> {
  await endMemberSession(tx, member);
  return done({ memberId: member.memberId });
}
