import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ADMIN_PAGE_SIZE, pageOf, pageWindow } from "@/lib/pagination";
import { cappedCountSql, containsSql, countOf, foldQuery, foldedFor } from "@/lib/sql";
import { fewMatches } from "@/lib/search/data";
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { queueEmail } from "@/lib/email/queue";
import { getIdentity, getSettings } from "@/lib/settings/data";
import type { PaymentInput } from "./schema";
import { todayInDenmark } from "@/lib/validation/fields";
import { renewalReminderEmail } from "./emails";
import { expiryWindow, memberStanding, nextPeriod } from "./rules";

type Client = Tx | typeof db;

// The register never selects participations or applications: it must not reveal who attends which group.
const membershipSelect = { id: true, status: true, periodStart: true, periodEnd: true, createdAt: true } as const;
const rowSelect = { id: true, name: true, email: true, awaitsConfirmation: true, memberships: { select: membershipSelect } } as const;

function withStanding<T extends { memberships: Parameters<typeof memberStanding>[0] }>(rows: T[], now = new Date()) {
  return rows.map(({ memberships, ...rest }) => ({ ...rest, ...memberStanding(memberships, now) }));
}

/** Members per page of the register's lists. */
export const MEMBER_PAGE_SIZE = ADMIN_PAGE_SIZE;

/** The register's rows for these member ids, in this order, with each member's standing. */
async function rowsInOrder(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.member.findMany({ where: { id: { in: ids } }, select: rowSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return withStanding(ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])));
}

/**
 * A page of members whose name or email contains `q` (Danish letters in any case; emails are stored in
 * lowercase), by name. The database filters and pages, reading name and email from the (name, id,
 * email) index, so a search never loads the register. When the trigram index (lib/search/data.ts) finds
 * few members for `q`, only those are read; otherwise matches are common and the scan in name order
 * stops after a page.
 */
export async function searchMembers(_admin: Actor, q: string, page = 1) {
  const { skip, take } = pageWindow(page, MEMBER_PAGE_SIZE);
  const text = foldQuery(q);
  const matches = await memberMatches(text);
  const where = matches ? Prisma.sql`WHERE ${matches}` : Prisma.empty;
  const ids = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Member" ${where} ORDER BY "name", "id" LIMIT ${take} OFFSET ${skip}`;
  const paged = pageOf(ids, page, MEMBER_PAGE_SIZE);
  return { ...paged, rows: await rowsInOrder(paged.rows.map((r) => r.id)) };
}

/**
 * The condition that a member's name or email contains `text` (from foldQuery), narrowed to the trigram
 * index's candidates when it has few (lib/search/data.ts); null for no text. `column` names the member
 * table's columns (qualified when the member is joined).
 */
export async function memberMatches(text: string, column = (name: string) => Prisma.raw(`"${name}"`)): Promise<Prisma.Sql | null> {
  if (!text) return null;
  const matches = Prisma.sql`(${containsSql(foldedFor(column("name"), text), text)} OR ${containsSql(column("email"), text)})`;
  const candidates = await fewMatches("member", text);
  if (!candidates) return matches;
  if (candidates.length === 0) return Prisma.sql`1 = 0`;
  return Prisma.sql`${column("id")} IN (${Prisma.join(candidates)}) AND ${matches}`;
}

/** How many members have a membership awaiting payment, counted over those memberships (the (status, memberId) index) up to COUNT_LIMIT + 1. */
export async function countAwaitingPayment(client: Client = db): Promise<number> {
  return countOf(
    await client.$queryRaw<{ n: bigint | number }[]>(
      cappedCountSql(Prisma.sql`SELECT DISTINCT "memberId" FROM "Membership" WHERE "status" = 'PENDING_PAYMENT' AND "memberId" IS NOT NULL`),
    ),
  );
}

/** A page of the members with a membership awaiting payment, by name. */
export async function listAwaitingPayment(_admin: Actor, page = 1) {
  const rows = await db.member.findMany({
    where: { memberships: { some: { status: "PENDING_PAYMENT" } } },
    select: rowSelect,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...pageWindow(page, MEMBER_PAGE_SIZE),
  });
  const paged = pageOf(rows, page, MEMBER_PAGE_SIZE);
  return { ...paged, rows: withStanding(paged.rows) };
}

/** A page of the paid periods ending within the reminder window and not yet renewed (see findExpiringMemberships). */
export async function listExpiring(_admin: Actor, now = new Date(), page = 1) {
  return pageOf(await findExpiringMemberships(db, now, pageWindow(page, MEMBER_PAGE_SIZE)), page, MEMBER_PAGE_SIZE);
}

/** How many periods are on the expiring list. */
export async function countExpiring(_admin: Actor, now = new Date()) {
  return countExpiringMemberships(db, now);
}

/**
 * Paid periods ending within the reminder window with no later period (paid, waived or pending) for the
 * same member: rules.ts expiryWindow and isDueReminder, as SQL. The window and the renewal check are
 * conditions on the membership rows (a NOT EXISTS per row on the (memberId, status) index), never a
 * list of ids, so neither the register nor the number of expiring periods can outgrow the query.
 */
function dueReminderWhere(now: Date, days: number): Prisma.Sql {
  const { from, until } = expiryWindow(now, days);
  return Prisma.sql`m."status" = 'PAID' AND m."periodEnd" >= ${from} AND m."periodEnd" < ${until}
    AND NOT EXISTS (SELECT 1 FROM "Membership" o WHERE o."memberId" = m."memberId" AND o."id" <> m."id"
      AND (o."status" = 'PENDING_PAYMENT' OR (o."status" IN ('PAID', 'WAIVED') AND o."periodEnd" > m."periodEnd")))`;
}

type ExpiringRow = { membershipId: string; periodEnd: Date; reminderSentAt: Date | null; memberId: string; name: string; email: string };

/** How many days before a paid period ends it counts as expiring and its reminder is due (the setting). */
export async function reminderDays(client: Client = db): Promise<number> {
  return (await getSettings(client)).renewalReminderDays;
}

/**
 * The expiring periods, soonest first; `reminded` says whether a reminder went out. All of them, or one
 * window of them. The window's length is the setting renewalReminderDays.
 */
export async function findExpiringMemberships(client: Client, now: Date, window?: { skip: number; take: number }) {
  const limit = window ? Prisma.sql`LIMIT ${window.take} OFFSET ${window.skip}` : Prisma.empty;
  const days = await reminderDays(client);
  const rows = await client.$queryRaw<ExpiringRow[]>`
    SELECT m."id" AS "membershipId", m."periodEnd" AS "periodEnd", m."reminderSentAt" AS "reminderSentAt",
      p."id" AS "memberId", p."name" AS "name", p."email" AS "email"
    FROM "Membership" m JOIN "Member" p ON p."id" = m."memberId"
    WHERE ${dueReminderWhere(now, days)}
    ORDER BY m."periodEnd", m."id" ${limit}`;
  return rows.map(({ reminderSentAt, ...r }) => ({ ...r, reminded: reminderSentAt !== null }));
}

/** How many periods findExpiringMemberships gives, counted in the database up to COUNT_LIMIT + 1. */
export async function countExpiringMemberships(client: Client, now: Date): Promise<number> {
  const days = await reminderDays(client);
  return countOf(
    await client.$queryRaw<{ n: bigint | number }[]>(
      cappedCountSql(Prisma.sql`SELECT 1 AS "one" FROM "Membership" m WHERE m."memberId" IS NOT NULL AND ${dueReminderWhere(now, days)}`),
    ),
  );
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
      awaitsConfirmation: true,
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
  const [settings, org] = await Promise.all([getSettings(tx), getIdentity(tx)]);
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
        org,
      }),
    );
  }
  return claimed;
}
