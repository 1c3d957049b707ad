import { describe, expect, it } from "vitest";
import {
  addTwelveMonths,
  expiryWindow,
  hasValidMembership,
  isDueReminder,
  memberStanding,
  membershipCovers,
  nextPeriod,
  periodHasEnded,
  type MembershipPeriod,
} from "@/lib/members/rules";
import { parseCalendarDay, todayInDenmark } from "@/lib/validation/fields";

const now = new Date("2026-06-01T00:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("periods", () => {
  it("adds twelve months, rolling 29 February over", () => {
    expect(addTwelveMonths(d("2026-03-15"))).toEqual(d("2027-03-15"));
    expect(addTwelveMonths(d("2028-02-29"))).toEqual(d("2029-03-01"));
  });

  it("starts a new period on the payment date when nothing runs", () => {
    expect(nextPeriod([{ status: "PAID", periodStart: d("2024-01-01"), periodEnd: d("2025-01-01") }], now)).toEqual({
      periodStart: now,
      periodEnd: d("2027-06-01"),
    });
  });

  it("extends from the end of the running period when renewing early", () => {
    const running: MembershipPeriod = { status: "PAID", periodStart: d("2025-06-20"), periodEnd: d("2026-06-20") };
    expect(nextPeriod([running, { status: "PENDING_PAYMENT", periodStart: null, periodEnd: null }], now)).toEqual({
      periodStart: d("2026-06-20"),
      periodEnd: d("2027-06-20"),
    });
  });
});

describe("a member's standing", () => {
  it.each<[string, MembershipPeriod[], string, string | null]>([
    ["no memberships", [], "NONE", null],
    ["pending only", [{ status: "PENDING_PAYMENT", periodStart: null, periodEnd: null }], "PENDING_PAYMENT", null],
    ["paid and running", [{ status: "PAID", periodStart: d("2026-01-01"), periodEnd: d("2027-01-01") }], "PAID", "2027-01-01"],
    ["waived and running", [{ status: "WAIVED", periodStart: d("2026-01-01"), periodEnd: d("2027-01-01") }], "WAIVED", "2027-01-01"],
    ["paid but run out", [{ status: "PAID", periodStart: d("2025-01-01"), periodEnd: d("2026-01-01") }], "EXPIRED", "2026-01-01"],
    [
      "running, with the next year already paid",
      [
        { status: "PAID", periodStart: d("2025-07-01"), periodEnd: d("2026-07-01") },
        { status: "PAID", periodStart: d("2026-07-01"), periodEnd: d("2027-07-01") },
      ],
      "PAID",
      "2027-07-01",
    ],
    [
      "run out with a renewal awaiting payment",
      [
        { status: "PAID", periodStart: d("2025-01-01"), periodEnd: d("2026-01-01") },
        { status: "PENDING_PAYMENT", periodStart: null, periodEnd: null },
      ],
      "PENDING_PAYMENT",
      null,
    ],
  ])("%s", (_label, memberships, standing, end) => {
    const result = memberStanding(memberships, now);
    expect(result.standing).toBe(standing);
    expect(result.periodEnd?.toISOString().slice(0, 10) ?? null).toBe(end);
  });
});

describe("who is due a reminder", () => {
  const paid = (end: string): MembershipPeriod => ({ status: "PAID", periodStart: d("2025-01-01"), periodEnd: d(end) });
  it.each<[string, MembershipPeriod, MembershipPeriod[], boolean]>([
    ["ends in 10 days", paid("2026-06-11"), [], true],
    ["ends in exactly 30 days", paid("2026-07-01"), [], true],
    ["ends in 31 days", paid("2026-07-02"), [], false],
    ["has already ended", paid("2026-05-31"), [], false],
    ["is waived", { status: "WAIVED", periodStart: d("2025-06-11"), periodEnd: d("2026-06-11") }, [], false],
    ["has a renewal awaiting payment", paid("2026-06-11"), [{ status: "PENDING_PAYMENT", periodStart: null, periodEnd: null }], false],
    ["has a later paid period", paid("2026-06-11"), [{ status: "PAID", periodStart: d("2026-06-11"), periodEnd: d("2027-06-11") }], false],
  ])("%s", (_label, m, others, due) => {
    expect(isDueReminder(m, [m, ...others], now)).toBe(due);
  });
});

describe("does a membership cover a moment? (period days are Danish calendar days)", () => {
  // The browser-test failure: a payment recorded at 00:59 on 2 December, Danish time, is dated
  // 2026-12-02; the moment is still 1 December in UTC, and the membership must count as paid.
  const justAfterMidnight = new Date("2026-12-01T23:59:00Z");
  const paidOn = parseCalendarDay(todayInDenmark(justAfterMidnight).toISOString().slice(0, 10))!;
  const paid: MembershipPeriod = { status: "PAID", ...nextPeriod([], paidOn) };

  it("dates a payment just after Danish midnight on the Danish day, for twelve months on calendar days", () => {
    expect(paidOn).toEqual(d("2026-12-02"));
    expect(paid).toMatchObject({ periodStart: d("2026-12-02"), periodEnd: d("2027-12-02") });
  });

  it.each<[string, string, boolean]>([
    ["00:30 Danish time on the first day (still the day before in UTC)", "2026-12-01T23:30:00Z", true],
    ["00:59 Danish time on the first day", "2026-12-01T23:59:00Z", true],
    ["23:30 Danish time the evening before the first day", "2026-12-01T22:30:00Z", false],
    ["23:30 Danish time on the last day", "2027-12-02T22:30:00Z", true],
    ["00:30 Danish time the day after the last day", "2027-12-02T23:30:00Z", false],
  ])("covers %s: %s", (_label, at, covered) => {
    expect(membershipCovers(paid, new Date(at))).toBe(covered);
    expect(hasValidMembership([paid], new Date(at))).toBe(covered);
    expect(memberStanding([paid], new Date(at)).standing).toBe(covered ? "PAID" : "EXPIRED");
  });

  it("uses summer time (UTC+2) in summer", () => {
    const summer: MembershipPeriod = { status: "WAIVED", ...nextPeriod([], d("2026-06-15")) };
    expect(summer.periodEnd).toEqual(d("2027-06-15"));
    expect(membershipCovers(summer, new Date("2026-06-14T22:30:00Z"))).toBe(true); // 00:30 on 15 June
    expect(membershipCovers(summer, new Date("2026-06-14T21:30:00Z"))).toBe(false); // 23:30 on 14 June
    expect(membershipCovers(summer, new Date("2027-06-15T21:30:00Z"))).toBe(true); // 23:30 on the last day
    expect(membershipCovers(summer, new Date("2027-06-15T22:30:00Z"))).toBe(false); // 00:30 the day after
  });

  it("waives from today in Denmark, not from the UTC day", () => {
    expect(nextPeriod([], todayInDenmark(new Date("2026-12-01T23:30:00Z")))).toEqual({ periodStart: d("2026-12-02"), periodEnd: d("2027-12-02") });
    expect(nextPeriod([], todayInDenmark(new Date("2026-06-14T22:30:00Z")))).toEqual({ periodStart: d("2026-06-15"), periodEnd: d("2027-06-15") });
  });

  it("counts only paid and waived periods", () => {
    const at = new Date("2026-12-10T12:00:00Z");
    expect(membershipCovers({ ...paid, status: "PENDING_PAYMENT" }, at)).toBe(false);
    expect(membershipCovers({ ...paid, status: "EXPIRED" }, at)).toBe(false);
    expect(membershipCovers({ status: "WAIVED", periodStart: null, periodEnd: null }, at)).toBe(true);
  });

  it("says a period has ended only after its last Danish day", () => {
    expect(periodHasEnded(paid, new Date("2027-12-02T22:30:00Z"))).toBe(false);
    expect(periodHasEnded(paid, new Date("2027-12-02T23:30:00Z"))).toBe(true);
    expect(periodHasEnded({ periodEnd: null }, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("the reminder window, on Danish days", () => {
  const paid = (end: string): MembershipPeriod => ({ status: "PAID", periodStart: d("2025-07-31"), periodEnd: d(end) });
  // 00:30 on 1 July, Danish summer time: today is 1 July, the window runs through 31 July.
  const at = new Date("2026-06-30T22:30:00Z");
  it("runs from today through 30 days on", () => {
    expect(expiryWindow(at)).toEqual({ from: d("2026-07-01"), until: d("2026-08-01") });
  });
  it.each<[string, string, boolean]>([
    ["ended yesterday", "2026-06-30", false],
    ["ends today", "2026-07-01", true],
    ["ends on the window's last day", "2026-07-31", true],
    ["ends the day after", "2026-08-01", false],
  ])("a period that %s", (_label, end, due) => {
    const m = paid(end);
    expect(isDueReminder(m, [m], at)).toBe(due);
  });
  it("takes its length from the setting (renewalReminderDays)", () => {
    expect(expiryWindow(at, 7)).toEqual({ from: d("2026-07-01"), until: d("2026-07-09") });
    expect(isDueReminder(paid("2026-07-08"), [paid("2026-07-08")], at, 7)).toBe(true);
    expect(isDueReminder(paid("2026-07-09"), [paid("2026-07-09")], at, 7)).toBe(false);
  });
});
