// Pure membership rules: periods, a member's standing, and who is due a renewal reminder.
import type { MemberStanding, MembershipStatusValue } from "./labels";

export const EXPIRY_WINDOW_DAYS = 30;
const DAY = 86_400_000;

export type MembershipPeriod = { id?: string; status: MembershipStatusValue; periodStart: Date | null; periodEnd: Date | null; createdAt?: Date };

/** Twelve months on (29 February rolls over to 1 March). */
export function addTwelveMonths(date: Date): Date {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

const isActiveKind = (m: MembershipPeriod) => m.status === "PAID" || m.status === "WAIVED";

/**
 * The period a new payment or waiver covers: from the payment date, or — when renewing while a paid
 * or waived period still runs — from the end of the latest such period, so no days are lost.
 */
export function nextPeriod(memberships: MembershipPeriod[], from: Date): { periodStart: Date; periodEnd: Date } {
  const latestEnd = memberships
    .filter((m) => isActiveKind(m) && m.periodEnd && m.periodEnd > from)
    .reduce<Date | null>((acc, m) => (acc && acc > m.periodEnd! ? acc : m.periodEnd!), null);
  const periodStart = latestEnd ?? from;
  return { periodStart, periodEnd: addTwelveMonths(periodStart) };
}

/** Paid or waived with `now` inside the period. */
export function coversDate(m: MembershipPeriod, now: Date): boolean {
  return isActiveKind(m) && (m.periodStart === null || m.periodStart <= now) && (m.periodEnd === null || m.periodEnd >= now);
}

/** The member's standing today and the end of the period that gives it (for lists and the export). */
export function memberStanding(memberships: MembershipPeriod[], now: Date): { standing: MemberStanding; periodEnd: Date | null } {
  const covering = memberships.filter((m) => coversDate(m, now));
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

/** A paid period ending within the window, with no later period (paid, waived or pending) after it. */
export function isDueReminder(m: MembershipPeriod, all: MembershipPeriod[], now: Date): boolean {
  if (m.status !== "PAID" || !m.periodEnd) return false;
  if (m.periodEnd < now || m.periodEnd.getTime() > now.getTime() + EXPIRY_WINDOW_DAYS * DAY) return false;
  const renewed = all.some(
    (o) => o !== m && (o.status === "PENDING_PAYMENT" || (isActiveKind(o) && o.periodEnd !== null && o.periodEnd > m.periodEnd!)),
  );
  return !renewed;
}

export function expiryWindowEnd(now: Date): Date {
  return new Date(now.getTime() + EXPIRY_WINDOW_DAYS * DAY);
}
