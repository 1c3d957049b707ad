import "server-only";
import { getIdentity } from "@/lib/settings/data";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import type { ApplicationEventKind, ApplicationStatus, DeclineReason, Prisma } from "@/lib/generated/prisma/client";
import { queueEmail, type EmailMessage } from "@/lib/email/queue";
import { admission } from "@/lib/groups/rules";
import type { DecisionEmailFacts } from "./emails";
import { meetingFactsSelect } from "@/lib/groups/selects";
import { lockGroupOfApplication } from "@/lib/groups/lifecycle-data";
import { ADMISSION_REFUSAL, acceptRefusal, canRecordIntake, fromStatusesFor, pendingMembershipOnDecline, type AcceptRefusal } from "./rules";

export async function listIntakeUsers(_admin: Actor) {
  return db.user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export function countActiveParticipants(groupId: string, client: Prisma.TransactionClient | typeof db = db) {
  return client.participation.count({ where: { groupId, leftAt: null } });
}

/** One application with everything a coordinator needs to decide. Every opening is audited. */
export async function getApplicationForAdmin(actor: Actor, id: string) {
  const application = await db.application.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      awaitsConfirmation: true,
      message: true,
      createdAt: true,
      intakeHeldOn: true,
      intakeByUserId: true,
      declineReason: true,
      decidedAt: true,
      decidedByUserId: true,
      consentConfidentialityAt: true,
      consentConfidentialityVersion: true,
      consentSensitiveDataAt: true,
      consentSensitiveDataVersion: true,
      consentFeeAt: true,
      consentFeeVersion: true,
      consentWithdrawnAt: true,
      member: {
        select: {
          id: true,
          name: true,
          email: true,
          phone: true,
          postcode: true,
          birthYear: true,
          memberships: { select: { id: true, status: true, periodStart: true, periodEnd: true }, orderBy: { createdAt: "desc" } },
        },
      },
      group: { select: { id: true, name: true, slug: true, capacity: true, openForNewcomers: true, state: true } },
      events: {
        select: { id: true, kind: true, createdAt: true, actor: { select: { name: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!application) return null;
  await recordAudit({ actorUserId: actor.id, action: "application.view", entityType: "Application", entityId: id });
  const userIds = [application.intakeByUserId, application.decidedByUserId].filter((u): u is string => !!u);
  const [activeParticipants, users, otherOpenApplications, memberParticipations] = await Promise.all([
    countActiveParticipants(application.group.id),
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    // What else keeps the applicant's membership awaiting payment open (rules.ts pendingMembershipOnDecline).
    db.application.count({ where: { memberId: application.member.id, id: { not: id }, status: { in: ["RECEIVED", "WAITLISTED"] } } }),
    db.participation.count({ where: { memberId: application.member.id, leftAt: null } }),
  ]);
  const nameOf = (userId: string | null) => users.find((u) => u.id === userId)?.name ?? null;
  const { events, ...rest } = application;
  return {
    ...rest,
    group: { ...application.group, activeParticipants },
    pendingMembership: pendingMembershipOnDecline({
      memberships: application.member.memberships,
      otherOpenApplications,
      activeParticipations: memberParticipations,
    }),
    intakeByName: nameOf(application.intakeByUserId),
    decidedByName: nameOf(application.decidedByUserId),
    history: events,
  };
}

export type ApplicationDetail = NonNullable<Awaited<ReturnType<typeof getApplicationForAdmin>>>;

export type Decided = { groupId: string; groupSlug: string };

type Refusal = AcceptRefusal | "NOT_FOUND";

export async function recordIntake(
  tx: Tx,
  actor: Actor,
  input: { applicationId: string; heldOn: Date; byUserId: string },
): Promise<Outcome<Decided, "NOT_FOUND" | "ILLEGAL_TRANSITION" | "UNKNOWN_USER">> {
  await lockGroupOfApplication(tx, input.applicationId);
  const application = await tx.application.findUnique({
    where: { id: input.applicationId },
    select: { status: true, groupId: true, group: { select: { slug: true } } },
  });
  if (!application) return refuse("NOT_FOUND");
  if (!canRecordIntake(application.status)) return refuse("ILLEGAL_TRANSITION");
  const by = await tx.user.findFirst({ where: { id: input.byUserId, active: true }, select: { id: true } });
  if (!by) return refuse("UNKNOWN_USER");
  await tx.application.update({ where: { id: input.applicationId }, data: { intakeHeldOn: input.heldOn, intakeByUserId: by.id } });
  await recordApplicationEvent(tx, input.applicationId, "INTAKE", actor);
  return done({ groupId: application.groupId, groupSlug: application.group.slug });
}

/**
 * Locks the group row for the rest of the transaction (a no-op write), then inserts the participation
 * only while the group takes a newcomer, decided in the same statement. The WHERE clause is the
 * admission rule of lib/groups/rules.ts (admission: not ENDED, open for newcomers, active participations
 * below capacity) said in SQL — change one, change the other. Returns 1 when the seat was taken, 0 when
 * the group did not admit. The lock makes concurrent accepts on the same group queue up, also where
 * transactions run side by side (PostgreSQL, READ COMMITTED).
 */
export async function takeSeat(tx: Tx, p: { groupId: string; memberId: string; applicationId: string; joinedAt: Date }): Promise<number> {
  await tx.$executeRaw`UPDATE "Group" SET "capacity" = "capacity" WHERE "id" = ${p.groupId}`;
  return tx.$executeRaw`
    INSERT INTO "Participation" ("id", "groupId", "memberId", "applicationId", "joinedAt")
    SELECT ${randomUUID()}, ${p.groupId}, ${p.memberId}, ${p.applicationId}, ${p.joinedAt}
    FROM "Group" g
    WHERE g."id" = ${p.groupId}
      AND g."state" <> 'ENDED'
      AND g."openForNewcomers" = TRUE
      AND (SELECT COUNT(*) FROM "Participation" WHERE "groupId" = ${p.groupId} AND "leftAt" IS NULL) < g."capacity"`;
}

/**
 * Accepts the application and creates the participation in the caller's transaction. The seat is
 * taken by takeSeat, so two coordinators taking the last seat at the same moment cannot both get it.
 */
export async function acceptApplication(tx: Tx, actor: Actor, applicationId: string): Promise<Outcome<Decided, Refusal>> {
  const now = new Date();
  const application = await tx.application.findUnique({
    where: { id: applicationId },
    select: {
      status: true,
      awaitsConfirmation: true,
      intakeHeldOn: true,
      memberId: true,
      groupId: true,
      group: { select: { slug: true, state: true, openForNewcomers: true, capacity: true } },
      member: { select: { memberships: { select: { status: true, periodStart: true, periodEnd: true } } } },
    },
  });
  if (!application) return refuse("NOT_FOUND");
  const [activeParticipants, existing] = await Promise.all([
    countActiveParticipants(application.groupId, tx),
    tx.participation.count({ where: { groupId: application.groupId, memberId: application.memberId, leftAt: null } }),
  ]);
  const refusal = acceptRefusal({
    status: application.status,
    awaitsConfirmation: application.awaitsConfirmation,
    intakeHeld: application.intakeHeldOn !== null,
    group: { ...application.group, activeParticipants },
    memberships: application.member.memberships,
    alreadyParticipating: existing > 0,
    now,
  });
  if (refusal) return refuse(refusal);

  const inserted = await takeSeat(tx, { groupId: application.groupId, memberId: application.memberId, applicationId, joinedAt: now });
  if (inserted !== 1) return refuse(await admissionRefusalNow(tx, application.groupId));

  const updated = await tx.application.updateMany({
    where: { id: applicationId, status: { in: fromStatusesFor("ACCEPTED") }, awaitsConfirmation: false },
    data: { status: "ACCEPTED", decidedAt: now, decidedByUserId: actor.id },
  });
  if (updated.count !== 1) return refuse("ILLEGAL_TRANSITION");
  await recordApplicationEvent(tx, applicationId, "ACCEPTED", actor);
  return done({ groupId: application.groupId, groupSlug: application.group.slug });
}

/** Why takeSeat admitted nobody, read again under the group lock (the facts changed since the check). */
async function admissionRefusalNow(tx: Tx, groupId: string): Promise<AcceptRefusal> {
  const [group, activeParticipants] = await Promise.all([
    tx.group.findUniqueOrThrow({ where: { id: groupId }, select: { state: true, openForNewcomers: true, capacity: true } }),
    countActiveParticipants(groupId, tx),
  ]);
  const admits = admission({ ...group, activeParticipants });
  return admits === "OPEN" ? "GROUP_FULL" : ADMISSION_REFUSAL[admits];
}

type OtherDecision = Extract<ApplicationStatus, "WAITLISTED" | "DECLINED" | "WITHDRAWN">;

/** Waitlist, decline or withdraw; the status guard sits in the UPDATE's WHERE so a race cannot skip it. */
export async function decideApplication(
  tx: Tx,
  actor: Actor,
  applicationId: string,
  to: OtherDecision,
  declineReason?: DeclineReason,
): Promise<Outcome<Decided, "NOT_FOUND" | "ILLEGAL_TRANSITION" | "UNCONFIRMED">> {
  await lockGroupOfApplication(tx, applicationId);
  const application = await tx.application.findUnique({
    where: { id: applicationId },
    select: { groupId: true, awaitsConfirmation: true, group: { select: { slug: true } } },
  });
  if (!application) return refuse("NOT_FOUND");
  // Withdrawing sends nothing, so it needs no confirmed address; waitlisting and declining email the applicant.
  const needsConfirmation = to !== "WITHDRAWN";
  if (needsConfirmation && application.awaitsConfirmation) return refuse("UNCONFIRMED");
  const updated = await tx.application.updateMany({
    where: { id: applicationId, status: { in: fromStatusesFor(to) }, ...(needsConfirmation ? { awaitsConfirmation: false } : {}) },
    data: { status: to, decidedAt: new Date(), decidedByUserId: actor.id, declineReason: to === "DECLINED" ? declineReason : null },
  });
  if (updated.count !== 1) return refuse("ILLEGAL_TRANSITION");
  await recordApplicationEvent(tx, applicationId, to, actor);
  return done({ groupId: application.groupId, groupSlug: application.group.slug });
}

/** Declines with a listed reason and, when `closeMembership` is ticked, closes the applicant's membership awaiting payment in the same transaction. */
export async function declineApplication(
  tx: Tx,
  actor: Actor,
  input: { applicationId: string; reason: DeclineReason; closeMembership: boolean },
): Promise<Outcome<Decided & { membershipsClosed: number }, "NOT_FOUND" | "ILLEGAL_TRANSITION" | "UNCONFIRMED">> {
  const decided = await decideApplication(tx, actor, input.applicationId, "DECLINED", input.reason);
  if (!decided.ok) return decided;
  const membershipsClosed = input.closeMembership ? await closePendingMemberships(tx, actor, input.applicationId) : 0;
  return done({ ...decided.data, membershipsClosed });
}

/**
 * Closes the applicant's memberships awaiting payment (never one with a payment recorded): EXPIRED, in
 * the caller's transaction — the decline's, when the coordinator ticked "close the membership too".
 * Each closed membership gets its own audit row, so the membership's history shows who closed it.
 */
export async function closePendingMemberships(tx: Tx, actor: Actor, applicationId: string): Promise<number> {
  const application = await tx.application.findUnique({ where: { id: applicationId }, select: { memberId: true } });
  if (!application) return 0;
  const pending = await tx.membership.findMany({
    where: { memberId: application.memberId, status: "PENDING_PAYMENT", payments: { none: {} } },
    select: { id: true },
  });
  if (pending.length === 0) return 0;
  await tx.membership.updateMany({ where: { id: { in: pending.map((m) => m.id) }, status: "PENDING_PAYMENT" }, data: { status: "EXPIRED" } });
  for (const m of pending) {
    await recordAudit(
      { actorUserId: actor.id, action: "membership.close", entityType: "Membership", entityId: m.id, details: { applicationId } },
      tx,
    );
  }
  return pending.length;
}

/** Appends to the application's own history (domain state; the audit log records who did what). */
export async function recordApplicationEvent(tx: Tx, applicationId: string, kind: ApplicationEventKind, actor: Actor | null): Promise<void> {
  await tx.applicationEvent.create({ data: { applicationId, kind, actorUserId: actor?.id ?? null } });
}

/**
 * Queues the decision email in the decision's transaction (lib/email/queue.ts): the applicant's
 * address and when/where the group meets, read through the same transaction.
 */
export async function queueDecisionEmail(tx: Tx, applicationId: string, build: (facts: DecisionEmailFacts) => EmailMessage): Promise<void> {
  const facts = await tx.application.findUnique({
    where: { id: applicationId },
    select: {
      member: { select: { name: true, email: true } },
      group: { select: { ...meetingFactsSelect, name: true, state: true, expectedStartOn: true } },
    },
  });
  if (facts) await queueEmail(tx, build({ ...facts, org: await getIdentity(tx) }));
}
