import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { db } from "@/lib/db";
import { syncFormingNotice } from "@/lib/groups/forming";
import { lockGroupOfApplication } from "@/lib/groups/lifecycle-data";
import { confirmsName, consentWithdrawal } from "./rules";
import { listTopics } from "@/lib/topics/data";
import { getIdentity } from "@/lib/settings/data";
import { memberExportDocument } from "./export-format";
import { countDueRecords } from "./retention-data";

/** The retention setting and how many records are due for deletion now. The page authorises the administrator. */
export async function getRetentionOverview(_admin: Actor, now = new Date()) {
  return countDueRecords(now);
}

const consentSelect = {
  consentConfidentialityAt: true,
  consentConfidentialityVersion: true,
  consentSensitiveDataAt: true,
  consentSensitiveDataVersion: true,
  consentFeeAt: true,
  consentFeeVersion: true,
  consentWithdrawnAt: true,
} as const;

/**
 * Everything stored about one member, for the person who asked for a copy: contact details,
 * memberships and payments, applications, group participations, interest-list entries and emails sent
 * to the same address. The one place that shows a member's groups; every export is audited.
 */
export async function getMemberExport(actor: Actor, memberId: string, now = new Date()) {
  const document = await buildMemberExport(memberId, now);
  if (document) await recordAudit({ actorUserId: actor.id, action: "member.export-data", entityType: "Member", entityId: memberId });
  return document;
}

/**
 * The export document itself, unaudited: for getMemberExport (a coordinator) and the member's own
 * download (lib/self-service/view-data.ts), which each audit who asked.
 */
export async function buildMemberExport(memberId: string, now = new Date()) {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: {
      name: true,
      email: true,
      phone: true,
      postcode: true,
      birthYear: true,
      consentAt: true,
      consentVersion: true,
      createdAt: true,
      updatedAt: true,
      memberships: {
        select: {
          periodStart: true,
          periodEnd: true,
          feeOre: true,
          status: true,
          createdAt: true,
          payments: { select: { amountOre: true, method: true, reference: true, paidOn: true }, orderBy: { paidOn: "asc" } },
        },
        orderBy: { createdAt: "asc" },
      },
      applications: {
        select: {
          ...consentSelect,
          status: true,
          message: true,
          createdAt: true,
          intakeHeldOn: true,
          declineReason: true,
          decidedAt: true,
          group: { select: { name: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      participations: { select: { joinedAt: true, leftAt: true, group: { select: { name: true } } }, orderBy: { joinedAt: "asc" } },
    },
  });
  if (!member) return null;
  const [interest, emails, topics] = await Promise.all([
    db.interest.findMany({
      where: { email: member.email },
      select: { name: true, email: true, topic: true, ageBand: true, consentAt: true, consentVersion: true, handledAt: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.outboxEmail.findMany({
      where: { to: member.email },
      select: { subject: true, text: true, createdAt: true, sentAt: true },
      orderBy: { createdAt: "asc" },
    }),
    listTopics(),
  ]);
  const { memberships, applications, participations, ...fields } = member;
  const { orgName } = await getIdentity();
  return memberExportDocument(
    {
      organisation: orgName,
      member: fields,
      memberships,
      applications: applications.map(({ group, ...a }) => ({ ...a, groupName: group.name })),
      participations: participations.map(({ group, ...p }) => ({ ...p, groupName: group.name })),
      interest,
      emails,
    },
    now,
    topics,
  );
}

/** The groups whose seats an erasure or a consent withdrawal freed (their public pages show seats). */
export type GroupRef = { id: string; slug: string };

/**
 * Erases a member in the caller's transaction: applications, participations (and the group-contact
 * pointers to them), interest-list entries, emails and rate-limit hits for the same address, and the
 * member. Memberships and payments stay for bookkeeping, anonymised: no member, no free-text payment
 * reference.
 */
export async function eraseMember(
  tx: Tx,
  input: { memberId: string; confirmName: string },
): Promise<Outcome<{ groups: GroupRef[] }, "NOT_FOUND" | "NAME_MISMATCH">> {
  const { memberId } = input;
  const member = await tx.member.findUnique({ where: { id: memberId }, select: { name: true, email: true } });
  if (!member) return refuse("NOT_FOUND");
  if (!confirmsName(input.confirmName, member.name)) return refuse("NAME_MISMATCH");

  const participations = await tx.participation.findMany({ where: { memberId }, select: { id: true, group: { select: { id: true, slug: true } } } });
  const participationIds = participations.map((p) => p.id);
  await tx.group.updateMany({ where: { contactParticipationId: { in: participationIds } }, data: { contactParticipationId: null } });
  await tx.participation.deleteMany({ where: { memberId } });
  await tx.application.deleteMany({ where: { memberId } });
  await tx.interest.deleteMany({ where: { email: member.email } });
  await tx.outboxEmail.deleteMany({ where: { to: member.email } });
  // Rate-limit hits keyed by the hashed address (lib/rate-limit.ts emailKey), whatever the form.
  const emailHash = createHash("sha256").update(member.email.trim().toLowerCase()).digest("hex");
  await tx.rateLimitHit.deleteMany({ where: { key: { endsWith: `:email:${emailHash}` } } });

  await tx.payment.updateMany({ where: { membership: { memberId } }, data: { reference: null } });
  await tx.membership.updateMany({ where: { memberId }, data: { memberId: null } });
  await tx.member.delete({ where: { id: memberId }, select: { id: true } });
  const groups = new Map(participations.map((p) => [p.group.id, p.group]));
  return done({ groups: [...groups.values()] });
}

export type ConsentWithdrawn = { groupId: string; groupSlug: string; memberId: string };

/**
 * Records that the applicant withdrew their consents. An open application becomes WITHDRAWN; an
 * accepted one too, and the person's place in the group ends today (we may no longer keep them on
 * the participant list); a declined or withdrawn one keeps its status. The retention period then
 * deletes it like any other closed application. A planned group's count is taken again afterwards
 * (lib/groups/forming.ts: the coordinator's notice is reset when it drops below the minimum); the
 * group is locked first, as every write on an application does, so the two cannot deadlock.
 */
export async function withdrawConsent(
  tx: Tx,
  /** The coordinator who recorded it; null when the member withdrew on their own page. */
  actor: Actor | null,
  applicationId: string,
  now = new Date(),
): Promise<Outcome<ConsentWithdrawn, "NOT_FOUND" | "ALREADY_WITHDRAWN">> {
  await lockGroupOfApplication(tx, applicationId);
  const a = await tx.application.findUnique({
    where: { id: applicationId },
    select: {
      status: true,
      consentWithdrawnAt: true,
      memberId: true,
      group: { select: { id: true, slug: true } },
      participation: { select: { id: true } },
    },
  });
  if (!a) return refuse("NOT_FOUND");
  const effect = consentWithdrawal(a.status, a.consentWithdrawnAt !== null);
  if (effect.kind === "already") return refuse("ALREADY_WITHDRAWN");
  const closes = effect.kind === "withdraw" || effect.kind === "leave-group";
  // The status guard sits in the WHERE, so a decision made at the same moment is not overwritten.
  const updated = await tx.application.updateMany({
    where: { id: applicationId, status: a.status, consentWithdrawnAt: null },
    data: {
      consentWithdrawnAt: now,
      ...(closes ? { status: "WITHDRAWN", decidedAt: now, decidedByUserId: actor?.id ?? null, declineReason: null } : {}),
    },
  });
  if (updated.count !== 1) return refuse("ALREADY_WITHDRAWN");
  // The application's own history (as the migration carried over the audit rows of the same verb).
  await tx.applicationEvent.create({
    data: { applicationId, kind: "CONSENT_WITHDRAWN", actorUserId: actor?.id ?? null, createdAt: now },
    select: { id: true },
  });
  if (effect.kind === "leave-group" && a.participation) {
    await tx.participation.updateMany({ where: { id: a.participation.id, leftAt: null }, data: { leftAt: now } });
    await tx.group.updateMany({ where: { contactParticipationId: a.participation.id }, data: { contactParticipationId: null } });
  }
  await syncFormingNotice(tx, a.group.id, now);
  return done({ groupSlug: a.group.slug, groupId: a.group.id, memberId: a.memberId });
}
