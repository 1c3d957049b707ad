import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue";
import { recordApplicationEvent } from "@/lib/applications/data";
import { consentFor, INTEREST_CONSENT } from "@/lib/consents";
import { interestConfirmation } from "@/lib/interest/emails";
import { getIdentity, getSettings } from "@/lib/settings/data";
import { applicantConfirmation, coordinatorNotice, memberConfirmation } from "@/lib/signup/emails";
import { ensureMembership } from "@/lib/signup/data";
import { syncFormingNotice } from "@/lib/groups/forming";
import { lockGroup } from "@/lib/groups/lifecycle-data";
import { syncInterestNotice } from "@/lib/interest/demand";
import { topicLabelIn } from "@/lib/topics/data";
import { findLink } from "./links";
import { linkState, paymentNotice, unconfirmedCutoff, type ConfirmationPurpose, type LinkState, type PaymentNotice } from "./rules";

/** What the confirmation page may show before the owner confirms: the kind of submission, nothing personal. */
export async function getLinkState(token: string, now = new Date()): Promise<{ state: LinkState; purpose: ConfirmationPurpose | null }> {
  const link = await findLink(db, token);
  const state = linkState(link, now);
  return { state, purpose: state === "valid" && link ? (link.purpose as ConfirmationPurpose) : null };
}

export type Confirmed = {
  purpose: ConfirmationPurpose;
  memberId: string | null;
  applicationId: string | null;
  interestId: string | null;
  groupId: string | null;
  /** The application's group, whose forming count a confirmation can change (lib/groups/forming.ts). */
  groupSlug?: string | null;
  /** What the member's membership asks of them now (rules.ts paymentNotice); null for an interest entry. */
  payment?: PaymentNotice | null;
};

/** Marks the member confirmed: the owner of the address has answered from it. */
async function confirmMember(tx: Tx, memberId: string) {
  await tx.member.updateMany({ where: { id: memberId, awaitsConfirmation: true }, data: { awaitsConfirmation: false } });
}

/**
 * The owner of the address confirms through the link, in the caller's transaction: the link is used
 * up by a conditional update (two clicks at once confirm once), the submission stops waiting, a
 * membership starts when one is needed, and the welcome email and the coordinator's notice are queued.
 */
export async function confirmByLink(tx: Tx, token: string, now = new Date()): Promise<Outcome<Confirmed, "UNKNOWN" | "USED" | "EXPIRED">> {
  const link = await findLink(tx, token);
  const state = linkState(link, now);
  if (!link || state !== "valid") return refuse(state === "valid" ? "UNKNOWN" : (state.toUpperCase() as "UNKNOWN" | "USED" | "EXPIRED"));
  const claimed = await tx.confirmationLink.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count !== 1) return refuse("USED");

  const [settings, org] = await Promise.all([getSettings(tx), getIdentity(tx)]);
  const notify = async (kind: "application" | "member") => {
    if (settings.coordinatorEmail) await queueEmail(tx, coordinatorNotice(kind, settings.coordinatorEmail));
  };
  const purpose = link.purpose as ConfirmationPurpose;

  if (purpose === "APPLICATION" && link.applicationId) {
    const application = await tx.application.findUniqueOrThrow({
      where: { id: link.applicationId },
      select: {
        id: true,
        awaitsConfirmation: true,
        groupId: true,
        group: { select: { name: true, slug: true } },
        member: { select: { id: true, name: true, email: true } },
      },
    });
    // The group before the application, as every write on an application locks them (lib/groups/lifecycle-data.ts).
    await lockGroup(tx, application.groupId);
    await confirmMember(tx, application.member.id);
    const payment = await ensureMembership(tx, application.member.id, now);
    if (application.awaitsConfirmation) {
      await tx.application.update({ where: { id: application.id }, data: { awaitsConfirmation: false }, select: { id: true } });
      await recordApplicationEvent(tx, application.id, "CONFIRMED", null);
      await queueEmail(tx, applicantConfirmation(application.member, application.group.name, payment, settings, org));
      await notify("application");
      // An applicant whose intake was held before they confirmed now counts towards the group's minimum.
      await syncFormingNotice(tx, application.groupId, now);
    }
    return done({
      purpose,
      memberId: application.member.id,
      applicationId: application.id,
      interestId: null,
      groupId: application.groupId,
      groupSlug: application.group.slug,
      payment: paymentNotice(payment),
    });
  }

  if (purpose === "INTEREST" && link.interestId) {
    const interest = await tx.interest.findUniqueOrThrow({
      where: { id: link.interestId },
      select: { id: true, name: true, email: true, topic: true, ageBand: true },
    });
    // Confirming also renews the consent: the owner has just said yes again.
    await tx.interest.update({
      where: { id: interest.id },
      data: { awaitsConfirmation: false, consentAt: now, consentVersion: consentFor(INTEREST_CONSENT, org.orgName).version },
      select: { id: true },
    });
    await queueEmail(tx, interestConfirmation({ ...interest, topicLabel: await topicLabelIn(tx, interest.topic) }, settings.coordinatorEmail, org));
    await syncInterestNotice(tx, interest.topic, interest.ageBand, now);
    return done({ purpose, memberId: null, applicationId: null, interestId: interest.id, groupId: null });
  }

  if ((purpose === "MEMBER" || purpose === "RENEWAL") && link.memberId) {
    const member = await tx.member.findUniqueOrThrow({ where: { id: link.memberId }, select: { id: true, name: true, email: true } });
    await confirmMember(tx, member.id);
    const payment = await ensureMembership(tx, member.id, now);
    await queueEmail(tx, memberConfirmation(member, payment, settings, org));
    await notify("member");
    return done({ purpose, memberId: member.id, applicationId: null, interestId: null, groupId: null, payment: paymentNotice(payment) });
  }
  return refuse("UNKNOWN");
}

/**
 * A coordinator marks an application confirmed after talking with the applicant (the intake call),
 * e.g. when the link never arrived. The member is confirmed with it and a membership starts when needed.
 */
export async function markApplicationConfirmed(
  tx: Tx,
  actor: Actor,
  applicationId: string,
  now = new Date(),
): Promise<Outcome<{ memberId: string; groupId: string; groupSlug: string }, "NOT_FOUND" | "NOT_AWAITING">> {
  const application = await tx.application.findUnique({
    where: { id: applicationId },
    select: { awaitsConfirmation: true, memberId: true, groupId: true, group: { select: { slug: true } } },
  });
  if (!application) return refuse("NOT_FOUND");
  await lockGroup(tx, application.groupId);
  const updated = await tx.application.updateMany({ where: { id: applicationId, awaitsConfirmation: true }, data: { awaitsConfirmation: false } });
  if (updated.count !== 1) return refuse("NOT_AWAITING");
  await confirmMember(tx, application.memberId);
  await ensureMembership(tx, application.memberId, now);
  await recordApplicationEvent(tx, applicationId, "CONFIRMED", actor);
  await tx.confirmationLink.updateMany({ where: { applicationId, usedAt: null }, data: { usedAt: now } });
  await syncFormingNotice(tx, application.groupId, now);
  return done({ memberId: application.memberId, groupId: application.groupId, groupSlug: application.group.slug });
}

export type UnconfirmedCounts = { applications: number; interest: number; members: number; links: number };

/**
 * Deletes what was never confirmed within CONFIRMATION_DAYS — applications, interest-list entries and
 * members (with their memberships) — and links that are used or expired, in the caller's transaction.
 * A member with a confirmed application or membership is never deleted here.
 */
export async function purgeUnconfirmed(tx: Tx, now = new Date()): Promise<UnconfirmedCounts> {
  const cutoff = unconfirmedCutoff(now);
  const applications = await tx.application.deleteMany({ where: { awaitsConfirmation: true, createdAt: { lt: cutoff } } });
  const interest = await tx.interest.deleteMany({ where: { awaitsConfirmation: true, createdAt: { lt: cutoff } } });
  const staleMembers = { awaitsConfirmation: true, createdAt: { lt: cutoff }, applications: { none: {} }, participations: { none: {} } } as const;
  // Memberships outlive an erased member (SetNull) for bookkeeping; an unconfirmed member's have no payments and go with it.
  await tx.membership.deleteMany({ where: { member: staleMembers, payments: { none: {} } } });
  const members = await tx.member.deleteMany({ where: { ...staleMembers, memberships: { none: {} } } });
  const links = await tx.confirmationLink.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { usedAt: { lt: cutoff } }] } });
  return { applications: applications.count, interest: interest.count, members: members.count, links: links.count };
}
