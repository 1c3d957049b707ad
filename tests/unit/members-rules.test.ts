import { describe, expect, it } from "vitest";
import { addTwelveMonths, isDueReminder, memberStanding, nextPeriod, type MembershipPeriod } from "@/lib/members/rules";

const now = new Date("2026-06-01T00:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("periods", () => {
  it("adds twelve months, rolling 29 February over", () => {
    expect(addTwelveMonths(d("2026-03-15"))).toEqual(d("2027-03-15"));
    expect(addTwelveMonths(d("2028-02-29"))).toEqual(d("2029-03-01"));
  });

  it("starts a new period on the payment date when nothing runs", () => {
    expect(nextPeriod([{ status: "PAID", periodStart: d("2024-01-01"), periodEnd: d("2025-01-01") }], now)).toEqual({ periodStart: now, periodEnd: d("2027-06-01") });
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
