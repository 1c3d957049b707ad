import "server-only";
import { containsText, db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { queueEmail } from "@/lib/email/queue";
import { getSettings } from "@/lib/settings/data";
import type { PaymentInput } from "./schema";
import { todayInDenmark } from "@/lib/validation/fields";
import { renewalReminderEmail } from "./emails";
import { expiryWindow, isDueReminder, memberStanding, nextPeriod } from "./rules";

type Client = Tx | typeof db;

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
export async function searchMembers(_admin: Actor, q: string) {
  const ascii = /^[\x00-\x7F]*$/.test(q);
  const rows = await db.member.findMany({
    where: q && ascii ? { OR: [{ name: containsText(q) }, { email: containsText(q) }] } : {},
    select: rowSelect,
    orderBy: { name: "asc" },
    ...(ascii ? { take: SEARCH_LIMIT } : {}),
  });
  const matched = ascii ? rows : rows.filter((r) => fold(r.name).includes(fold(q)) || fold(r.email).includes(fold(q))).slice(0, SEARCH_LIMIT);
  return withStanding(matched);
}

export async function listAwaitingPayment(_admin: Actor) {
  const rows = await db.member.findMany({
    where: { memberships: { some: { status: "PENDING_PAYMENT" } } },
    select: rowSelect,
    orderBy: { name: "asc" },
  });
  return withStanding(rows);
}

/** Paid periods ending within the reminder window (rules.ts expiryWindow) and not yet renewed; `reminded` says whether a reminder went out. */
export async function listExpiring(_admin: Actor, now = new Date()) {
  return findExpiringMemberships(db, now);
}

/**
 * Paid periods ending within the window with no later period (paid, waived or pending) for the same
 * member (rules.ts expiryWindow and isDueReminder; the query narrows by the same window, the rule
 * decides). Both queries select by the window itself (a subquery), never by a list of ids, so the size
 * of the register does not matter.
 */
export async function findExpiringMemberships(client: Client, now: Date) {
  const { from, until } = expiryWindow(now);
  const window = { status: "PAID", periodEnd: { gte: from, lt: until } } as const;
  const [members, periods] = await Promise.all([
    client.member.findMany({ where: { memberships: { some: window } }, select: { id: true, name: true, email: true } }),
    // Every period that can be the expiring one or a renewal of it: pending, or paid/waived and not ended.
    client.membership.findMany({
      where: {
        member: { memberships: { some: window } },
        OR: [{ status: "PENDING_PAYMENT" }, { status: { in: ["PAID", "WAIVED"] }, periodEnd: { gte: from } }],
      },
      select: { ...membershipSelect, memberId: true, reminderSentAt: true },
      orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
    }),
  ]);
  const byMember = new Map<string | null, typeof periods>();
  for (const p of periods) byMember.set(p.memberId, [...(byMember.get(p.memberId) ?? []), p]);
  const memberOf = new Map(members.map((m) => [m.id, m]));
  return periods
    .filter((p) => p.memberId !== null && memberOf.has(p.memberId) && isDueReminder(p, byMember.get(p.memberId) ?? [], now))
    .map((p) => {
      const m = memberOf.get(p.memberId!)!;
      return { membershipId: p.id, periodEnd: p.periodEnd!, memberId: m.id, name: m.name, email: m.email, reminded: p.reminderSentAt !== null };
    });
}

/** A member's contact details, memberships and payments. Every opening is audited. */
export async function getMemberForAdmin(actor: Actor, id: string) {
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

/** The membership a write changed (the command audits it). */
export type MembershipChanged = { membershipId: string };

async function membershipsOf(tx: Tx, memberId: string) {
  const member = await tx.member.findUnique({ where: { id: memberId }, select: { id: true } });
  if (!member) return null;
  return tx.membership.findMany({ where: { memberId }, select: membershipSelect, orderBy: { createdAt: "asc" } });
}

/**
 * Records a payment: the pending membership (or a new one, at the fee from the settings) becomes PAID
 * for 12 months from the payment date (a calendar day), or from the end of the current period when
 * renewing early (rules.ts nextPeriod).
 */
export async function recordPayment(tx: Tx, actor: Actor, input: PaymentInput): Promise<Outcome<MembershipChanged, "NOT_FOUND">> {
  const memberships = await membershipsOf(tx, input.memberId);
  if (!memberships) return refuse("NOT_FOUND");
  const period = nextPeriod(memberships, input.paidOn);
  const pending = memberships.find((m) => m.status === "PENDING_PAYMENT");
  const membership = pending
    ? await tx.membership.update({ where: { id: pending.id }, data: { status: "PAID", ...period }, select: { id: true } })
    : await tx.membership.create({
        data: { memberId: input.memberId, feeOre: (await getSettings(tx)).membershipFeeOre, status: "PAID", ...period },
        select: { id: true },
      });
  await tx.payment.create({
    data: {
      membershipId: membership.id,
      amountOre: input.amount,
      method: input.method,
      reference: input.reference,
      paidOn: input.paidOn,
      recordedByUserId: actor.id,
    },
  });
  return done({ membershipId: membership.id });
}

/** Waives the fee (e.g. members under 18): WAIVED for 12 months, from today (Danish) or the current period's end. */
export async function waiveMembership(tx: Tx, memberId: string, now = new Date()): Promise<Outcome<MembershipChanged, "NOT_FOUND">> {
  const memberships = await membershipsOf(tx, memberId);
  if (!memberships) return refuse("NOT_FOUND");
  const period = nextPeriod(memberships, todayInDenmark(now));
  const pending = memberships.find((m) => m.status === "PENDING_PAYMENT");
  const membership = pending
    ? await tx.membership.update({ where: { id: pending.id }, data: { status: "WAIVED", feeOre: 0, ...period }, select: { id: true } })
    : await tx.membership.create({ data: { memberId, feeOre: 0, status: "WAIVED", ...period }, select: { id: true } });
  return done({ membershipId: membership.id });
}

/** A new period awaiting payment, for renewals. Refused while one is already awaiting payment. */
export async function createMembershipPeriod(tx: Tx, memberId: string): Promise<Outcome<MembershipChanged, "NOT_FOUND" | "ALREADY_PENDING">> {
  const member = await tx.member.findUnique({ where: { id: memberId }, select: { id: true } });
  if (!member) return refuse("NOT_FOUND");
  const pending = await tx.membership.count({ where: { memberId, status: "PENDING_PAYMENT" } });
  if (pending > 0) return refuse("ALREADY_PENDING");
  const { membershipFeeOre } = await getSettings(tx);
  const membership = await tx.membership.create({ data: { memberId, feeOre: membershipFeeOre, status: "PENDING_PAYMENT" }, select: { id: true } });
  return done({ membershipId: membership.id });
}

export type DueReminder = Awaited<ReturnType<typeof findExpiringMemberships>>[number];

/**
 * Claims the reminders due now: each expiring period gets at most one. The claim is a conditional
 * update of Membership.reminderSentAt (only while it is still empty), so of two coordinators pressing
 * the button together only one wins each period, whatever the order their reads ran in.
 */
export async function claimDueReminders(tx: Tx, now = new Date()): Promise<Outcome<DueReminder[], never>> {
  const due = (await findExpiringMemberships(tx, now)).filter((d) => !d.reminded);
  const claimed: DueReminder[] = [];
  for (const reminder of due) {
    const { count } = await tx.membership.updateMany({ where: { id: reminder.membershipId, reminderSentAt: null }, data: { reminderSentAt: now } });
    if (count === 1) claimed.push({ ...reminder, reminded: true });
  }
  return done(claimed);
}

/**
 * Claims the due reminders and queues one email per claimed period in the same transaction: the claim
 * and the mails commit together, or neither does.
 */
export async function queueRenewalReminders(tx: Tx, now = new Date()): Promise<Outcome<DueReminder[], never>> {
  const claimed = await claimDueReminders(tx, now);
  if (!claimed.ok || claimed.data.length === 0) return claimed;
  const settings = await getSettings(tx);
  for (const r of claimed.data) {
    await queueEmail(
      tx,
      renewalReminderEmail({
        name: r.name,
        email: r.email,
        periodEnd: r.periodEnd,
        feeOre: settings.membershipFeeOre,
        mobilePayNumber: settings.mobilePayNumber,
        bankAccount: settings.bankAccount,
      }),
    );
  }
  return claimed;
}

/** The whole register for the CSV export, audited. No groups, no applications. */
export async function exportRegister(actor: Actor) {
  const rows = await db.member.findMany({
    select: { id: true, name: true, email: true, phone: true, postcode: true, memberships: { select: membershipSelect } },
    orderBy: { name: "asc" },
  });
  await recordAudit({ actorUserId: actor.id, action: "member.export", entityType: "Member", entityId: null });
  const now = new Date();
  return rows.map(({ memberships, ...rest }) => ({ ...rest, ...memberStanding(memberships, now) }));
}
