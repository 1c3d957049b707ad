import "server-only";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { consentFor, consentStamp, type ConsentText } from "@/lib/consents";
import { CONFIDENTIALITY_CONSENT, FEE_CONSENT, MEMBER_DATA_CONSENT, SENSITIVE_DATA_CONSENT } from "@/lib/consents";
import { getIdentity, getSettings } from "@/lib/settings/data";
import { admission, type Admission } from "@/lib/groups/rules";
import { nextPeriod } from "@/lib/members/rules";
import { todayInDenmark } from "@/lib/validation/fields";
import { createConfirmationLink } from "@/lib/confirmations/links";
import { alreadyApplied, alreadyMember, confirmationRequest, confirmationLink, type Recipient } from "@/lib/confirmations/emails";
import { queueEmail } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { membershipFee } from "./rules";
import type { ApplicationInput, MemberInput } from "./schema";

type MemberDetails = Pick<MemberInput, "name" | "email" | "phone" | "postcode" | "birthYear">;

export type MembershipOutcome = { feeOre: number; status: "PENDING_PAYMENT" | "PAID" | "WAIVED" };

/** The member with this address, as much as a public submission may use of it. */
function findMemberByEmail(tx: Tx, email: string) {
  return tx.member.findUnique({ where: { email }, select: { id: true, name: true, email: true, awaitsConfirmation: true } });
}

/** A confirmed member's stored name may greet them; an unconfirmed one's was typed by whoever posted the form. */
function recipient(member: { email: string; name: string; awaitsConfirmation: boolean } | null, email: string): Recipient {
  return { email, storedName: member && !member.awaitsConfirmation ? member.name : null };
}

/** A new member from a public form: stored, but waiting for the owner of the address to confirm. */
function createUnconfirmedMember(tx: Tx, input: MemberDetails, consent: ConsentText, now: Date) {
  return tx.member.create({
    data: {
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      postcode: input.postcode,
      birthYear: input.birthYear ?? null,
      awaitsConfirmation: true,
      consentAt: now,
      consentVersion: consentStamp(consent),
    },
    select: { id: true, name: true, email: true, awaitsConfirmation: true },
  });
}

/** The member's current membership: pending, or paid/waived and not ended (its last day is today or later). */
function currentMembership(tx: Tx, memberId: string, now: Date) {
  const today = todayInDenmark(now);
  return tx.membership.findFirst({
    where: {
      memberId,
      OR: [{ status: "PENDING_PAYMENT" }, { status: { in: ["PAID", "WAIVED"] }, OR: [{ periodEnd: null }, { periodEnd: { gte: today } }] }],
    },
    orderBy: { createdAt: "desc" },
    select: { feeOre: true, status: true },
  });
}

/**
 * Re-uses a pending membership or a paid or waived one that has not ended (lib/members/rules.ts);
 * otherwise starts one awaiting payment, or waived for under-18s from today. Runs when a submission
 * is confirmed, so no one can make a membership (and a debt) in someone else's name.
 */
export async function ensureMembership(tx: Tx, memberId: string, now: Date): Promise<MembershipOutcome> {
  const current = await currentMembership(tx, memberId, now);
  if (current) return { feeOre: current.feeOre, status: current.status as MembershipOutcome["status"] };
  const [{ membershipFeeOre }, member] = await Promise.all([
    getSettings(tx),
    tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { birthYear: true } }),
  ]);
  const fee = membershipFee(member.birthYear, membershipFeeOre, now);
  const period = fee.status === "WAIVED" ? nextPeriod([], todayInDenmark(now)) : { periodStart: null, periodEnd: null };
  await tx.membership.create({ data: { memberId, feeOre: fee.feeOre, status: fee.status, ...period }, select: { id: true } });
  return fee;
}

/** What a public submission did. Never shown to the browser: everyone gets the same answer. */
export type Submitted = { outcome: "AWAITS_CONFIRMATION" | "TOLD_OWNER"; memberId: string | null };

/**
 * Becoming a member, in the caller's transaction. The answer is the same whoever owns the address;
 * only the email to the address differs. A new address gets an unconfirmed member and a link to
 * confirm; a known member is not changed: they hear that they are already a member, or (when their
 * membership has ended) get a link to renew it.
 */
export async function submitMembership(tx: Tx, input: MemberInput, now = new Date()): Promise<Outcome<Submitted, never>> {
  const siteUrl = env().SITE_URL;
  const org = await getIdentity(tx);
  const known = await findMemberByEmail(tx, input.email);
  if (known && !known.awaitsConfirmation && (await currentMembership(tx, known.id, now))) {
    await queueEmail(tx, alreadyMember(recipient(known, input.email), siteUrl, org));
    return done({ outcome: "TOLD_OWNER", memberId: known.id });
  }
  const member = known ?? (await createUnconfirmedMember(tx, input, consentFor(MEMBER_DATA_CONSENT, org.orgName), now));
  const purpose = member.awaitsConfirmation ? "MEMBER" : "RENEWAL";
  const token = await createConfirmationLink(tx, { purpose, memberId: member.id }, now);
  await queueEmail(
    tx,
    confirmationRequest({ to: recipient(member, input.email), purpose, about: null, link: confirmationLink(siteUrl, token), org }),
  );
  return done({ outcome: "AWAITS_CONFIRMATION", memberId: member.id });
}

export type Applied = Submitted & { group: { slug: string } };
export type ApplicationRefusal = "NOT_FOUND" | Exclude<Admission, "OPEN">;

/**
 * An application with its three consents, in the caller's transaction, waiting for the owner of the
 * address to confirm it. Only facts about the group (not found, ended, closed, full) refuse it; what
 * the database holds about the address never changes the answer. An open application of this
 * address to this group is not repeated: an unconfirmed one gets a new link, a confirmed one an email
 * saying that it is there. A known member's stored details are never changed by the form.
 */
export async function submitApplication(tx: Tx, input: ApplicationInput, now = new Date()): Promise<Outcome<Applied, ApplicationRefusal>> {
  const group = await tx.group.findUnique({
    where: { id: input.groupId },
    select: { id: true, slug: true, name: true, state: true, openForNewcomers: true, capacity: true },
  });
  if (!group) return refuse("NOT_FOUND");
  // A count on the (groupId, leftAt) index for this group, not Prisma's filtered _count (a join over every active participation).
  const activeParticipants = await tx.participation.count({ where: { groupId: group.id, leftAt: null } });
  const availability = admission({ ...group, activeParticipants });
  if (availability !== "OPEN") return refuse(availability);

  const siteUrl = env().SITE_URL;
  const org = await getIdentity(tx);
  const known = await findMemberByEmail(tx, input.email);
  const open = known
    ? await tx.application.findFirst({
        where: { groupId: group.id, memberId: known.id, status: { in: ["RECEIVED", "WAITLISTED"] } },
        select: { id: true, awaitsConfirmation: true },
      })
    : null;
  if (known && open && !open.awaitsConfirmation) {
    await queueEmail(tx, alreadyApplied(recipient(known, input.email), group.name, org));
    return done({ outcome: "TOLD_OWNER", memberId: known.id, group: { slug: group.slug } });
  }

  const member = known ?? (await createUnconfirmedMember(tx, input, consentFor(SENSITIVE_DATA_CONSENT, org.orgName), now));
  const application =
    open ??
    (await tx.application.create({
      data: {
        groupId: group.id,
        memberId: member.id,
        message: input.message ?? null,
        awaitsConfirmation: true,
        consentConfidentialityAt: now,
        consentConfidentialityVersion: consentFor(CONFIDENTIALITY_CONSENT, org.orgName).version,
        consentSensitiveDataAt: now,
        consentSensitiveDataVersion: consentFor(SENSITIVE_DATA_CONSENT, org.orgName).version,
        consentFeeAt: now,
        consentFeeVersion: consentFor(FEE_CONSENT, org.orgName).version,
        status: "RECEIVED",
        events: { create: { kind: "RECEIVED", createdAt: now } },
      },
      select: { id: true, awaitsConfirmation: true },
    }));
  const token = await createConfirmationLink(tx, { purpose: "APPLICATION", applicationId: application.id }, now);
  await queueEmail(
    tx,
    confirmationRequest({
      to: recipient(member, input.email),
      purpose: "APPLICATION",
      about: group.name,
      link: confirmationLink(siteUrl, token),
      org,
    }),
  );
  return done({ outcome: "AWAITS_CONFIRMATION", memberId: member.id, group: { slug: group.slug } });
}
