import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import { requireAdmin } from "@/lib/auth/session";
import type { PaymentMethodValue } from "./labels";
import { expiryWindowEnd, isDueReminder, memberStanding, nextPeriod } from "./rules";

// The register never selects participations or applications: it must not reveal who attends which group.
const membershipSelect = { id: true, status: true, periodStart: true, periodEnd: true, createdAt: true } as const;
const rowSelect = { id: true, name: true, email: true, memberships: { select: membershipSelect } } as const;

function withStanding<T extends { memberships: Parameters<typeof memberStanding>[0] }>(rows: T[], now = new Date()) {
  return rows.map(({ memberships, ...rest }) => ({ ...rest, ...memberStanding(memberships, now) }));
}

const SEARCH_LIMIT = 100;
const fold = (text: string) => text.toLocaleLowerCase("da-DK");

/**
 * Members whose name or email contains `q`. SQLite's LIKE ignores case only for ASCII, so a query with
 * æ, ø, å (or other non-ASCII letters) is matched case-insensitively here instead.
 */
export async function searchMembers(q: string) {
  await requireAdmin();
  const ascii = /^[\x00-\x7F]*$/.test(q);
  const rows = await db.member.findMany({
    where: q && ascii ? { OR: [{ name: { contains: q } }, { email: { contains: q } }] } : {},
    select: rowSelect,
    orderBy: { name: "asc" },
    ...(ascii ? { take: SEARCH_LIMIT } : {}),
  });
  const matched = ascii ? rows : rows.filter((r) => fold(r.name).includes(fold(q)) || fold(r.email).includes(fold(q))).slice(0, SEARCH_LIMIT);
  return withStanding(matched);
}

export async function listAwaitingPayment() {
  await requireAdmin();
  const rows = await db.member.findMany({
    where: { memberships: { some: { status: "PENDING_PAYMENT" } } },
    select: rowSelect,
    orderBy: { name: "asc" },
  });
  return withStanding(rows);
}

/** Paid periods ending within 30 days and not yet renewed; `reminded` says whether a reminder went out. */
export async function listExpiring(now = new Date()) {
  await requireAdmin();
  const due = await findExpiringMemberships(now);
  const reminded = await db.auditEvent.findMany({
    where: { action: "membership.reminder", entityType: "Membership", entityId: { in: due.map((d) => d.membershipId) } },
    select: { entityId: true },
  });
  const remindedIds = new Set(reminded.map((r) => r.entityId));
  return due.map((d) => ({ ...d, reminded: remindedIds.has(d.membershipId) }));
}

async function findExpiringMemberships(now: Date) {
  const candidates = await db.membership.findMany({
    where: { status: "PAID", periodEnd: { gte: now, lte: expiryWindowEnd(now) }, memberId: { not: null } },
    select: { ...membershipSelect, member: { select: { id: true, name: true, email: true, memberships: { select: membershipSelect } } } },
    orderBy: { periodEnd: "asc" },
  });
  return candidates
    .filter((m) => m.member && isDueReminder(m, m.member.memberships.filter((o) => o.id !== m.id).concat([m]), now))
    .map((m) => ({ membershipId: m.id, periodEnd: m.periodEnd!, memberId: m.member!.id, name: m.member!.name, email: m.member!.email }));
}

/** A member's contact details, memberships and payments. Every opening is audited. */
export async function getMemberForAdmin(id: string) {
  const actor = await requireAdmin();
  const member = await db.member.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      postcode: true,
      birthYear: true,
      createdAt: true,
      memberships: {
        select: {
          ...membershipSelect,
          feeOre: true,
          payments: { select: { id: true, amountOre: true, method: true, reference: true, paidOn: true }, orderBy: { paidOn: "desc" } },
        },
        orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }],
      },
    },
  });
  if (!member) return null;
  await recordAudit({ actorUserId: actor.id, action: "member.view", entityType: "Member", entityId: id });
  return { ...member, ...memberStanding(member.memberships, new Date()) };
}
export type MemberDetail = NonNullable<Awaited<ReturnType<typeof getMemberForAdmin>>>;

export type PaymentData = { memberId: string; amount: number; method: PaymentMethodValue; reference: string; paidOn: Date };

/**
 * Records a payment: the pending membership (or a new one) becomes PAID for 12 months from the payment
 * date, or from the end of the current period when renewing early.
 */
export async function recordPayment(input: PaymentData, actorUserId: string, feeOre: number): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const member = await tx.member.findUnique({ where: { id: input.memberId }, select: { id: true } });
    if (!member) return false;
    const memberships = await tx.membership.findMany({ where: { memberId: input.memberId }, select: membershipSelect, orderBy: { createdAt: "asc" } });
    const period = nextPeriod(memberships, input.paidOn);
    const pending = memberships.find((m) => m.status === "PENDING_PAYMENT");
    const membership = pending
      ? await tx.membership.update({ where: { id: pending.id }, data: { status: "PAID", ...period }, select: { id: true } })
      : await tx.membership.create({ data: { memberId: input.memberId, feeOre, status: "PAID", ...period }, select: { id: true } });
    await tx.payment.create({
      data: {
        membershipId: membership.id,
        amountOre: input.amount,
        method: input.method,
        reference: input.reference || null,
        paidOn: input.paidOn,
        recordedByUserId: actorUserId,
      },
    });
    await recordAudit({ actorUserId, action: "membership.payment", entityType: "Membership", entityId: membership.id }, tx);
    return true;
  });
}

/** Waives the fee (e.g. members under 18): WAIVED for 12 months, from today or the current period's end. */
export async function waiveMembership(memberId: string, actorUserId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const member = await tx.member.findUnique({ where: { id: memberId }, select: { id: true } });
    if (!member) return false;
    const memberships = await tx.membership.findMany({ where: { memberId }, select: membershipSelect, orderBy: { createdAt: "asc" } });
    const period = nextPeriod(memberships, new Date());
    const pending = memberships.find((m) => m.status === "PENDING_PAYMENT");
    const membership = pending
      ? await tx.membership.update({ where: { id: pending.id }, data: { status: "WAIVED", feeOre: 0, ...period }, select: { id: true } })
      : await tx.membership.create({ data: { memberId, feeOre: 0, status: "WAIVED", ...period }, select: { id: true } });
    await recordAudit({ actorUserId, action: "membership.waive", entityType: "Membership", entityId: membership.id }, tx);
    return true;
  });
}

/** A new period awaiting payment, for renewals. Refused while one is already awaiting payment. */
export async function createMembershipPeriod(memberId: string, actorUserId: string, feeOre: number): Promise<"ok" | "not-found" | "already-pending"> {
  return db.$transaction(async (tx) => {
    const member = await tx.member.findUnique({ where: { id: memberId }, select: { id: true } });
    if (!member) return "not-found";
    const pending = await tx.membership.count({ where: { memberId, status: "PENDING_PAYMENT" } });
    if (pending > 0) return "already-pending";
    const membership = await tx.membership.create({ data: { memberId, feeOre, status: "PENDING_PAYMENT" }, select: { id: true } });
    await recordAudit({ actorUserId, action: "membership.create", entityType: "Membership", entityId: membership.id }, tx);
    return "ok";
  });
}

export type DueReminder = Awaited<ReturnType<typeof findExpiringMemberships>>[number];

/**
 * Claims the reminders due now: each expiring membership gets at most one, recorded as an audit event
 * "membership.reminder" on the membership. The check and the claim share a transaction, so two
 * coordinators pressing the button together cannot both send.
 */
export async function claimDueReminders(actorUserId: string, now = new Date()): Promise<DueReminder[]> {
  const due = await findExpiringMemberships(now);
  const claimed: DueReminder[] = [];
  for (const reminder of due) {
    const won = await db.$transaction(async (tx) => {
      const already = await tx.auditEvent.count({ where: { action: "membership.reminder", entityType: "Membership", entityId: reminder.membershipId } });
      if (already > 0) return false;
      await recordAudit({ actorUserId, action: "membership.reminder", entityType: "Membership", entityId: reminder.membershipId }, tx);
      return true;
    });
    if (won) claimed.push(reminder);
  }
  return claimed;
}

/** The whole register for the CSV export, audited. No groups, no applications. */
export async function exportRegister() {
  const actor = await requireAdmin();
  const rows = await db.member.findMany({
    select: { id: true, name: true, email: true, phone: true, postcode: true, memberships: { select: membershipSelect } },
    orderBy: { name: "asc" },
  });
  await recordAudit({ actorUserId: actor.id, action: "member.export", entityType: "Member", entityId: null });
  const now = new Date();
  return rows.map(({ memberships, ...rest }) => ({ ...rest, ...memberStanding(memberships, now) }));
}
