// Pure membership rules: periods, whether a membership covers a moment, a member's standing, and who is
// due a renewal reminder. Safe in the browser.
//
// Period days. periodStart and periodEnd are Danish calendar days, stored like every calendar day in the
// app as UTC midnight of that day (lib/validation/fields.ts parseCalendarDay). A period includes both
// days: it runs from periodStart through periodEnd, which is the same calendar day twelve months on
// (2026-12-02 → 2027-12-02; 29 February → 1 March). A renewal starts on the day the running period ends,
// so no day is lost. A moment is compared by its Danish calendar day (todayInDenmark), never as an
// instant: a payment recorded at 00:30 on 2 December, Danish time, covers that moment although it is
// still 1 December in UTC.
import { todayInDenmark } from "@/lib/validation/fields";
import type { MemberStanding, MembershipStatusValue } from "./labels";

/** The reminder window's length when the settings name none (Settings.renewalReminderDays). */
export const EXPIRY_WINDOW_DAYS = 30;
const DAY = 86_400_000;

export type MembershipPeriod = { id?: string; status: MembershipStatusValue; periodStart: Date | null; periodEnd: Date | null; createdAt?: Date };

/** The calendar day a stored period date stands for (its UTC date, as UTC midnight). */
function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The same calendar day twelve months on (29 February rolls over to 1 March). */
export function addTwelveMonths(day: Date): Date {
  const d = dayOf(day);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

/** Paid or waived: the statuses whose period makes someone a member. */
const isActiveKind = (m: MembershipPeriod) => m.status === "PAID" || m.status === "WAIVED";

/**
 * The period a new payment or waiver covers, from `fromDay` (a calendar day: the payment date, or
 * today in Denmark) — or, when renewing while a paid or waived period still runs, from the end of the
 * latest such period, so no days are lost.
 */
export function nextPeriod(memberships: MembershipPeriod[], fromDay: Date): { periodStart: Date; periodEnd: Date } {
  const from = dayOf(fromDay);
  const latestEnd = memberships
    .filter((m) => isActiveKind(m) && m.periodEnd && dayOf(m.periodEnd) > from)
    .reduce<Date | null>((acc, m) => (acc && acc > dayOf(m.periodEnd!) ? acc : dayOf(m.periodEnd!)), null);
  const periodStart = latestEnd ?? from;
  return { periodStart, periodEnd: addTwelveMonths(periodStart) };
}

/**
 * Whether the membership makes someone a member at moment `at`: paid or waived, and the Danish calendar
 * day of `at` lies within the period (both days included; a missing day leaves that side open).
 */
export function membershipCovers(m: MembershipPeriod, at: Date): boolean {
  const today = todayInDenmark(at);
  return isActiveKind(m) && (m.periodStart === null || dayOf(m.periodStart) <= today) && (m.periodEnd === null || today <= dayOf(m.periodEnd));
}

/** Whether any of the memberships covers moment `at` (the precondition for taking part in a group). */
export function hasValidMembership(memberships: MembershipPeriod[], at: Date): boolean {
  return memberships.some((m) => membershipCovers(m, at));
}

/**
 * The period has ended by moment `at` (its last day is before the Danish calendar day of `at`). The
 * daily job stamps such periods (Membership.expiredAt; lib/members/expiry-data.ts says the same in SQL).
 */
export function periodHasEnded(m: Pick<MembershipPeriod, "periodEnd">, at: Date): boolean {
  return m.periodEnd !== null && dayOf(m.periodEnd) < todayInDenmark(at);
}

/** The member's standing at `now` and the end of the period that gives it (for lists and the export). */
export function memberStanding(memberships: MembershipPeriod[], now: Date): { standing: MemberStanding; periodEnd: Date | null } {
  const covering = memberships.filter((m) => membershipCovers(m, now));
  if (covering.length > 0) {
    const best = covering.reduce((a, b) => ((a.periodEnd?.getTime() ?? Infinity) >= (b.periodEnd?.getTime() ?? Infinity) ? a : b));
    const later = memberships.filter((m) => isActiveKind(m) && m.periodEnd && best.periodEnd && m.periodEnd > best.periodEnd);
    const end = later.reduce<Date | null>((acc, m) => (acc && acc > m.periodEnd! ? acc : m.periodEnd!), best.periodEnd);
    return { standing: best.status, periodEnd: end };
  }
  if (memberships.some((m) => m.status === "PENDING_PAYMENT")) return { standing: "PENDING_PAYMENT", periodEnd: null };
  const ended = memberships.filter((m) => m.periodEnd !== null).sort((a, b) => b.periodEnd!.getTime() - a.periodEnd!.getTime())[0];
  if (ended || memberships.some((m) => m.status === "EXPIRED")) return { standing: "EXPIRED", periodEnd: ended?.periodEnd ?? null };
  return { standing: "NONE", periodEnd: null };
}

/**
 * The reminder window at `now`: period end days from today (Danish) through `days` days on (the
 * setting renewalReminderDays), as a half-open range of instants [from, until) for queries. The one
 * definition the register, the reminder command, the reminder job and the dashboard share (through
 * isDueReminder and findExpiringMemberships).
 */
export function expiryWindow(now: Date, days = EXPIRY_WINDOW_DAYS): { from: Date; until: Date } {
  const from = todayInDenmark(now);
  return { from, until: new Date(from.getTime() + (days + 1) * DAY) };
}

/** A paid period ending within the window, with no later period (paid, waived or pending) after it. */
export function isDueReminder(m: MembershipPeriod, all: MembershipPeriod[], now: Date, days = EXPIRY_WINDOW_DAYS): boolean {
  if (m.status !== "PAID" || !m.periodEnd) return false;
  const window = expiryWindow(now, days);
  const end = dayOf(m.periodEnd);
  if (end < window.from || end >= window.until) return false;
  const renewed = all.some(
    (o) => o !== m && (o.status === "PENDING_PAYMENT" || (isActiveKind(o) && o.periodEnd !== null && o.periodEnd > m.periodEnd!)),
  );
  return !renewed;
}
