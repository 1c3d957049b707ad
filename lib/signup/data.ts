import "server-only";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { db } from "@/lib/db";
import { consentStamp, type ConsentText } from "@/lib/consents";
import { CONFIDENTIALITY_CONSENT, FEE_CONSENT, MEMBER_DATA_CONSENT, SENSITIVE_DATA_CONSENT } from "@/lib/consents";
import { getSettings } from "@/lib/settings/data";
import { activeParticipantCountSelect, groupPresentationSelect } from "@/lib/groups/selects";
import { admission, type Admission } from "@/lib/groups/rules";
import { nextPeriod } from "@/lib/members/rules";
import { todayInDenmark } from "@/lib/validation/fields";
import { membershipFee } from "./rules";
import type { ApplicationInput, MemberInput } from "./schema";

type MemberDetails = Pick<MemberInput, "name" | "email" | "phone" | "postcode" | "birthYear">;

export type MembershipOutcome = { memberId: string; feeOre: number; status: "PENDING_PAYMENT" | "PAID" | "WAIVED"; isNewMember: boolean };

/** The group as the apply page shows it, or null when there is no such group. */
export async function getGroupForApplication(slug: string) {
  const group = await db.group.findUnique({
    where: { slug },
    select: { ...groupPresentationSelect, ...activeParticipantCountSelect },
  });
  if (!group) return null;
  const { _count, ...rest } = group;
  return { ...rest, availability: admission({ ...rest, activeParticipants: _count.participations }) };
}

/**
 * Finds the member by email or creates one. A known email keeps its stored details — a stranger
 * typing someone's address cannot overwrite them; only a missing phone or birth year is filled in.
 */
async function findOrCreateMember(tx: Tx, input: MemberDetails, consent: ConsentText, now: Date) {
  const existing = await tx.member.findUnique({ where: { email: input.email }, select: { id: true, phone: true, birthYear: true } });
  if (existing) {
    const fill: { phone?: string; birthYear?: number } = {};
    if (!existing.phone && input.phone) fill.phone = input.phone;
    if (existing.birthYear == null && input.birthYear != null) fill.birthYear = input.birthYear;
    if (Object.keys(fill).length > 0) await tx.member.update({ where: { id: existing.id }, data: fill, select: { id: true } });
    return { id: existing.id, birthYear: existing.birthYear ?? input.birthYear ?? null, isNew: false };
  }
  const created = await tx.member.create({
    data: {
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      postcode: input.postcode,
      birthYear: input.birthYear ?? null,
      consentAt: now,
      consentVersion: consentStamp(consent),
    },
    select: { id: true },
  });
  return { id: created.id, birthYear: input.birthYear ?? null, isNew: true };
}

/**
 * Re-uses a pending membership or a paid or waived one that has not ended (its last day is today or
 * later, lib/members/rules.ts); otherwise starts one awaiting payment, or waived for under-18s from today.
 */
async function ensureMembership(tx: Tx, member: { id: string; birthYear: number | null }, feeOre: number, now: Date) {
  const today = todayInDenmark(now);
  const current = await tx.membership.findFirst({
    where: {
      memberId: member.id,
      OR: [{ status: "PENDING_PAYMENT" }, { status: { in: ["PAID", "WAIVED"] }, OR: [{ periodEnd: null }, { periodEnd: { gte: today } }] }],
    },
    orderBy: { createdAt: "desc" },
    select: { feeOre: true, status: true },
  });
  if (current) return { feeOre: current.feeOre, status: current.status as MembershipOutcome["status"] };
  const fee = membershipFee(member.birthYear, feeOre, now);
  const period = fee.status === "WAIVED" ? nextPeriod([], today) : { periodStart: null, periodEnd: null };
  await tx.membership.create({
    data: { memberId: member.id, feeOre: fee.feeOre, status: fee.status, ...period },
    select: { id: true },
  });
  return fee;
}

/** Becoming a member: the member (new or known) and a membership, in the caller's transaction. */
export async function createMemberWithMembership(tx: Tx, input: MemberInput, now = new Date()): Promise<Outcome<MembershipOutcome, never>> {
  const { membershipFeeOre } = await getSettings();
  const member = await findOrCreateMember(tx, input, MEMBER_DATA_CONSENT, now);
  const membership = await ensureMembership(tx, member, membershipFeeOre, now);
  return done({ memberId: member.id, isNewMember: member.isNew, ...membership });
}

export type Applied = { applicationId: string; group: { name: string; slug: string } } & MembershipOutcome;
export type ApplicationRefusal = "NOT_FOUND" | "DUPLICATE" | Exclude<Admission, "OPEN">;

/**
 * An application with its three consents, plus the member and membership when needed — all in the
 * caller's transaction, after every check has passed (a refusal writes nothing).
 */
export async function createApplication(tx: Tx, input: ApplicationInput, now = new Date()): Promise<Outcome<Applied, ApplicationRefusal>> {
  const { membershipFeeOre } = await getSettings();
  const group = await tx.group.findUnique({
    where: { id: input.groupId },
    select: { id: true, slug: true, name: true, state: true, openForNewcomers: true, capacity: true, ...activeParticipantCountSelect },
  });
  if (!group) return refuse("NOT_FOUND");
  const availability = admission({ ...group, activeParticipants: group._count.participations });
  if (availability !== "OPEN") return refuse(availability);

  const duplicate = await tx.application.findFirst({
    where: { groupId: group.id, status: { in: ["RECEIVED", "WAITLISTED"] }, member: { email: input.email } },
    select: { id: true },
  });
  if (duplicate) return refuse("DUPLICATE");

  const member = await findOrCreateMember(tx, input, SENSITIVE_DATA_CONSENT, now);
  const membership = await ensureMembership(tx, member, membershipFeeOre, now);
  const application = await tx.application.create({
    data: {
      groupId: group.id,
      memberId: member.id,
      message: input.message ?? null,
      consentConfidentialityAt: now,
      consentConfidentialityVersion: CONFIDENTIALITY_CONSENT.version,
      consentSensitiveDataAt: now,
      consentSensitiveDataVersion: SENSITIVE_DATA_CONSENT.version,
      consentFeeAt: now,
      consentFeeVersion: FEE_CONSENT.version,
      status: "RECEIVED",
    },
    select: { id: true },
  });
  return done({
    applicationId: application.id,
    group: { name: group.name, slug: group.slug },
    memberId: member.id,
    isNewMember: member.isNew,
    ...membership,
  });
}
