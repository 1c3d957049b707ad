import "server-only";
// A member's own changes on their page ("Min side"): contact details, a new email address (confirmed
// from that address) and renewing the membership. Every function takes the signed-in member and
// reads and writes only that member's rows.
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { lockKeys } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue";
import { env } from "@/lib/env";
import type { MemberActor } from "@/lib/member-session/actor";
import { createMemberLink } from "@/lib/member-session/data";
import { createMembershipPeriod, waiveMembership } from "@/lib/members/data";
import { renewalOffer } from "@/lib/members/self-rules";
import { getIdentity, getSettings } from "@/lib/settings/data";
import { membershipFee } from "@/lib/signup/rules";
import { emailChangedNotice, emailChangeEmail, emailChangeLink, emailInUseEmail } from "./emails";
import { spendMemberLink, type LinkRefusal } from "./sign-in-data";

export type MemberChanged = { memberId: string };

/** Name and phone. Returns which of them changed (the audit keeps that, never the values). */
export async function updateOwnContact(
  tx: Tx,
  member: MemberActor,
  input: { name: string; phone?: string | null },
): Promise<Outcome<MemberChanged & { name: boolean; phone: boolean }, "NOT_FOUND">> {
  const before = await tx.member.findUnique({ where: { id: member.memberId }, select: { name: true, phone: true } });
  if (!before) return refuse("NOT_FOUND");
  const phone = input.phone ?? null;
  await tx.member.update({ where: { id: member.memberId }, data: { name: input.name, phone }, select: { id: true } });
  return done({ memberId: member.memberId, name: before.name !== input.name, phone: before.phone !== phone });
}

/**
 * Asks to use a new address. Nothing changes until its owner confirms through the link mailed to it.
 * When the address is already registered here, its owner hears that nothing changed; the member gets
 * the same answer either way, so the form tells nobody whose address is registered.
 */
export async function requestOwnEmailChange(
  tx: Tx,
  member: MemberActor,
  email: string,
  now = new Date(),
): Promise<Outcome<MemberChanged, "NOT_FOUND" | "SAME_EMAIL">> {
  const me = await tx.member.findUnique({ where: { id: member.memberId }, select: { email: true } });
  if (!me) return refuse("NOT_FOUND");
  if (me.email === email) return refuse("SAME_EMAIL");
  const taken = await tx.member.count({ where: { email } });
  if (taken > 0) {
    await queueEmail(tx, emailInUseEmail(email, await getIdentity(tx)));
  } else {
    const token = await createMemberLink(tx, { purpose: "EMAIL_CHANGE", memberId: member.memberId, newEmail: email }, now);
    await queueEmail(tx, emailChangeEmail(email, emailChangeLink(env().SITE_URL, token), await getIdentity(tx)));
  }
  return done({ memberId: member.memberId });
}

/**
 * The owner of the new address presses the button on the link's page: the member's address changes,
 * their interest-list entries follow it, the old address is told, and the member's other links stop
 * working (they were sent to, or for, the old address).
 */
export async function confirmOwnEmailChange(tx: Tx, token: string, now = new Date()): Promise<Outcome<MemberChanged, LinkRefusal | "EMAIL_TAKEN">> {
  const spent = await spendMemberLink(tx, token, "EMAIL_CHANGE", now);
  if (!spent.ok) return spent;
  const { memberId, newEmail } = spent.data;
  const member = await tx.member.findUnique({ where: { id: memberId }, select: { name: true, email: true } });
  if (!member || !newEmail) return refuse("UNKNOWN");
  const holder = await tx.member.findUnique({ where: { email: newEmail }, select: { id: true } });
  if (holder && holder.id !== memberId) return refuse("EMAIL_TAKEN");
  await tx.interest.updateMany({ where: { email: member.email }, data: { email: newEmail } });
  await tx.member.update({ where: { id: memberId }, data: { email: newEmail }, select: { id: true } });
  await tx.memberLink.updateMany({ where: { memberId, usedAt: null }, data: { usedAt: now } });
  await queueEmail(tx, emailChangedNotice({ email: member.email, name: member.name }, await getIdentity(tx)));
  return done({ memberId });
}

/**
 * Starts the next membership period (lib/members/rules.ts periods; lib/members/self-rules.ts
 * renewalOffer says when): awaiting payment at the fee from the settings, or waived for members
 * under 18, exactly as the coordinator's "new period" and waiver do. One renewal at a time per member.
 */
export async function renewOwnMembership(
  tx: Tx,
  member: MemberActor,
  now = new Date(),
): Promise<Outcome<MemberChanged & { membershipId: string }, "NOT_FOUND" | "ALREADY_PENDING" | "NOT_DUE">> {
  await lockKeys(tx, [`renew:${member.memberId}`]);
  const me = await tx.member.findUnique({
    where: { id: member.memberId },
    select: { birthYear: true, memberships: { select: { status: true, periodStart: true, periodEnd: true } } },
  });
  if (!me) return refuse("NOT_FOUND");
  const offer = renewalOffer(me.memberships, now);
  if (offer === "PENDING") return refuse("ALREADY_PENDING");
  if (offer === "NOT_YET") return refuse("NOT_DUE");
  const fee = membershipFee(me.birthYear, (await getSettings(tx)).membershipFeeOre, now);
  const made = fee.status === "WAIVED" ? await waiveMembership(tx, member.memberId, now) : await createMembershipPeriod(tx, member.memberId);
  if (!made.ok) return refuse(made.code);
  return done({ memberId: member.memberId, membershipId: made.data.membershipId });
}
