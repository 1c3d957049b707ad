import "server-only";
// What a member's own page ("Min side") reads: only the signed-in member's rows, only the fields the
// page shows. Every read is audited as the member's.
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { FORMING_BATCH_LIMIT, formingProgress } from "@/lib/groups/forming";
import { isForming, type FormingProgress } from "@/lib/groups/forming-rules";
import type { MemberActor } from "@/lib/member-session/actor";
import { memberStanding } from "@/lib/members/rules";
import {
  canWithdrawOwnApplication,
  ownApplicationCounts,
  ownApplicationState,
  ownConsentWithdrawal,
  renewalOffer,
  showsFormingCount,
} from "@/lib/members/self-rules";
import { buildMemberExport } from "@/lib/privacy/data";
import { getSettings } from "@/lib/settings/data";

const audit = (member: MemberActor, action: "member.self-view" | "member.self-export") =>
  recordAudit({ actorUserId: null, actorMemberId: member.memberId, action, entityType: "Member", entityId: member.memberId });

/** The member's page: contact details, memberships (and how to pay one awaiting payment), applications, interest entries, erasure request. */
export async function getOwnPage(member: MemberActor, now = new Date()) {
  const me = await db.member.findUnique({
    where: { id: member.memberId },
    select: {
      name: true,
      email: true,
      phone: true,
      consentAt: true,
      consentVersion: true,
      memberships: {
        select: { id: true, status: true, periodStart: true, periodEnd: true, feeOre: true },
        orderBy: [{ createdAt: "desc" }],
      },
      applications: {
        select: {
          id: true,
          status: true,
          awaitsConfirmation: true,
          intakeHeldOn: true,
          createdAt: true,
          consentConfidentialityAt: true,
          consentSensitiveDataAt: true,
          consentFeeAt: true,
          consentWithdrawnAt: true,
          // The group's id and state are for the forming count (lib/groups/forming.ts).
          // The online link is read here and shown only while the member takes part (onlineLinkFor).
          group: { select: { id: true, name: true, slug: true, state: true, format: true, onlineUrl: true } },
          participation: { select: { leftAt: true } },
        },
        orderBy: { createdAt: "desc" },
      },
      erasureRequest: { select: { createdAt: true } },
    },
  });
  if (!me) return null;
  const interest = await db.interest.findMany({
    where: { email: me.email },
    select: { id: true, topic: true, ageBand: true, createdAt: true, awaitsConfirmation: true },
    orderBy: { createdAt: "desc" },
  });
  const { memberships, applications: applicationRows, erasureRequest, ...contact } = me;
  const applications = applicationRows.map((a) => {
    const state = ownApplicationState({ ...a, participationLeftAt: a.participation?.leftAt ?? null });
    return { ...a, state, counts: ownApplicationCounts(state, a), showsForming: showsFormingCount(state, isForming(a.group.state)) };
  });
  const forming = await formingOf(applications);
  const pending = memberships.find((m) => m.status === "PENDING_PAYMENT") ?? null;
  const settings = pending ? await getSettings() : null;
  await audit(member, "member.self-view");

  return {
    contact,
    standing: memberStanding(memberships, now),
    memberships,
    renewal: renewalOffer(memberships, now),
    // How to pay, only while a period awaits payment.
    payment: pending && settings ? { feeOre: pending.feeOre, mobilePayNumber: settings.mobilePayNumber, bankAccount: settings.bankAccount } : null,
    applications: applications.map((a) => ({
      id: a.id,
      createdAt: a.createdAt,
      intakeHeldOn: a.intakeHeldOn,
      group: { name: a.group.name, slug: a.group.slug },
      state: a.state,
      onlineUrl: onlineLinkFor(a),
      // How far the planned group is from starting: counts only, never who.
      forming: a.showsForming ? (forming.get(a.group.id) ?? null) : null,
      canWithdraw: canWithdrawOwnApplication(a.status),
      consents: {
        confidentialityAt: a.consentConfidentialityAt,
        sensitiveDataAt: a.consentSensitiveDataAt,
        feeAt: a.consentFeeAt,
        withdrawnAt: a.consentWithdrawnAt,
        withdrawal: ownConsentWithdrawal(a.status, a.consentWithdrawnAt),
      },
    })),
    interest,
    erasureRequestedAt: erasureRequest?.createdAt ?? null,
  };
}

/** An online group's link, for a member admitted to it who has not left: never for an applicant or a former participant. */
function onlineLinkFor(a: {
  status: string;
  participation: { leftAt: Date | null } | null;
  group: { format: string; onlineUrl: string };
}): string | null {
  const takesPart = a.status === "ACCEPTED" && a.participation !== null && a.participation.leftAt === null;
  return takesPart && a.group.format === "ONLINE" && a.group.onlineUrl ? a.group.onlineUrl : null;
}

type OwnApplicationRow = { counts: boolean; showsForming: boolean; group: { id: string } };

/**
 * The count of each planned group the member waits for or is admitted to (formingProgress, a page of
 * groups per query), and whether the member is among those counted (any of their applications there).
 */
async function formingOf(applications: OwnApplicationRow[]): Promise<Map<string, FormingProgress & { includesYou: boolean }>> {
  const ids = [...new Set(applications.filter((a) => a.showsForming).map((a) => a.group.id))];
  const result = new Map<string, FormingProgress & { includesYou: boolean }>();
  for (let i = 0; i < ids.length; i += FORMING_BATCH_LIMIT) {
    for (const [id, p] of await formingProgress(ids.slice(i, i + FORMING_BATCH_LIMIT))) {
      result.set(id, { ...p, includesYou: applications.some((a) => a.group.id === id && a.counts) });
    }
  }
  return result;
}

export type OwnPage = NonNullable<Awaited<ReturnType<typeof getOwnPage>>>;

/** The member's own copy of their data: the same document a coordinator hands out (lib/privacy), audited as the member's. */
export async function getOwnExport(member: MemberActor, now = new Date()) {
  const document = await buildMemberExport(member.memberId, now);
  if (document) await audit(member, "member.self-export");
  return document;
}
