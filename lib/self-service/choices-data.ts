import "server-only";
// A member's own decisions on their page ("Min side"): withdrawing an application or its consents,
// leaving the interest list and asking for erasure. An id from the form is only ever looked up
// together with the signed-in member's id, so another member's record is "not found", whatever it is.
import { recordApplicationEvent } from "@/lib/applications/data";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { queueEmail } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { syncFormingNotice } from "@/lib/groups/forming";
import { lockGroupOfApplication } from "@/lib/groups/lifecycle-data";
import type { MemberActor } from "@/lib/member-session/actor";
import { canWithdrawOwnApplication, OWN_WITHDRAWABLE_STATUSES } from "@/lib/members/self-rules";
import { withdrawConsent, type ConsentWithdrawn } from "@/lib/privacy/data";
import { getSettings } from "@/lib/settings/data";
import { erasureRequestNotice } from "./emails";

export type OwnApplicationChanged = { applicationId: string; groupId: string; groupSlug: string };

/**
 * Withdraws the member's own application while it is not decided; the status guard sits in the UPDATE's
 * WHERE. Its group is locked first and its forming count taken again after (lib/groups/forming.ts), as
 * the coordinator's decisions do.
 */
export async function withdrawOwnApplication(
  tx: Tx,
  member: MemberActor,
  applicationId: string,
  now = new Date(),
): Promise<Outcome<OwnApplicationChanged, "NOT_FOUND" | "ALREADY_DECIDED">> {
  await lockGroupOfApplication(tx, applicationId);
  const a = await tx.application.findFirst({
    where: { id: applicationId, memberId: member.memberId },
    select: { status: true, groupId: true, group: { select: { slug: true } } },
  });
  if (!a) return refuse("NOT_FOUND");
  if (!canWithdrawOwnApplication(a.status)) return refuse("ALREADY_DECIDED");
  const updated = await tx.application.updateMany({
    where: { id: applicationId, memberId: member.memberId, status: { in: [...OWN_WITHDRAWABLE_STATUSES] } },
    data: { status: "WITHDRAWN", decidedAt: now, decidedByUserId: null, declineReason: null },
  });
  if (updated.count !== 1) return refuse("ALREADY_DECIDED");
  await recordApplicationEvent(tx, applicationId, "WITHDRAWN", null);
  await syncFormingNotice(tx, a.groupId, now);
  return done({ applicationId, groupId: a.groupId, groupSlug: a.group.slug });
}

/**
 * Withdraws the consents given with the member's own application: what the coordinator records when
 * told by phone (lib/privacy/data.ts withdrawConsent) — an open application is withdrawn, an accepted
 * one ends the member's place in the group, a closed one keeps its status.
 */
export async function withdrawOwnConsent(
  tx: Tx,
  member: MemberActor,
  applicationId: string,
  now = new Date(),
): Promise<Outcome<ConsentWithdrawn, "NOT_FOUND" | "ALREADY_WITHDRAWN">> {
  const owned = await tx.application.count({ where: { id: applicationId, memberId: member.memberId } });
  if (owned !== 1) return refuse("NOT_FOUND");
  return withdrawConsent(tx, null, applicationId, now);
}

/** Removes one of the member's interest-list entries (those under the member's address). */
export async function removeOwnInterest(tx: Tx, member: MemberActor, interestId: string): Promise<Outcome<{ interestId: string }, "NOT_FOUND">> {
  const me = await tx.member.findUnique({ where: { id: member.memberId }, select: { email: true } });
  if (!me) return refuse("NOT_FOUND");
  const deleted = await tx.interest.deleteMany({ where: { id: interestId, email: me.email } });
  if (deleted.count !== 1) return refuse("NOT_FOUND");
  return done({ interestId });
}

/**
 * Asks for erasure: a request the coordinator confirms (lib/privacy/erasure-requests.ts), not an
 * instant delete. The coordinator is told, without a name. One open request per member.
 */
export async function requestOwnErasure(tx: Tx, member: MemberActor, now = new Date()): Promise<Outcome<{ memberId: string }, "ALREADY_REQUESTED">> {
  const existing = await tx.erasureRequest.count({ where: { memberId: member.memberId } });
  if (existing > 0) return refuse("ALREADY_REQUESTED");
  await tx.erasureRequest.create({ data: { memberId: member.memberId, createdAt: now }, select: { id: true } });
  const { coordinatorEmail } = await getSettings(tx);
  if (coordinatorEmail) await queueEmail(tx, erasureRequestNotice(coordinatorEmail, env().SITE_URL));
  return done({ memberId: member.memberId });
}

/** Takes back the member's own erasure request while the coordinator has not confirmed it. */
export async function cancelOwnErasure(tx: Tx, member: MemberActor): Promise<Outcome<{ memberId: string }, "NOT_FOUND">> {
  const deleted = await tx.erasureRequest.deleteMany({ where: { memberId: member.memberId } });
  if (deleted.count !== 1) return refuse("NOT_FOUND");
  return done({ memberId: member.memberId });
}
