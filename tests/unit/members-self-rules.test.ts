import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES } from "@/lib/applications/labels";
import { consentWithdrawalEffect, ownApplicationLabel, ownMembershipLabel } from "@/lib/members/self-labels";
import { canWithdrawOwnApplication, ownApplicationState, OWN_APPLICATION_STATES, renewalOffer } from "@/lib/members/self-rules";
import { MEMBERSHIP_STATUSES } from "@/lib/members/labels";

const base = { status: "RECEIVED" as const, awaitsConfirmation: false, intakeHeldOn: null, participationLeftAt: null };

describe("an application's state in the member's words", () => {
  it("maps status and intake honestly", () => {
    expect(ownApplicationState({ ...base, awaitsConfirmation: true })).toBe("UNCONFIRMED");
    expect(ownApplicationState(base)).toBe("RECEIVED");
    expect(ownApplicationState({ ...base, intakeHeldOn: new Date() })).toBe("INTAKE_HELD");
    expect(ownApplicationState({ ...base, status: "WAITLISTED" })).toBe("WAITLISTED");
    expect(ownApplicationState({ ...base, status: "ACCEPTED" })).toBe("ADMITTED");
    expect(ownApplicationState({ ...base, status: "ACCEPTED", participationLeftAt: new Date() })).toBe("LEFT");
    expect(ownApplicationState({ ...base, status: "DECLINED" })).toBe("DECLINED");
    expect(ownApplicationState({ ...base, status: "WITHDRAWN" })).toBe("WITHDRAWN");
  });

  it("has a Danish title and text for every state and status", () => {
    for (const s of OWN_APPLICATION_STATES) expect(ownApplicationLabel[s].title.length).toBeGreaterThan(0);
    for (const s of MEMBERSHIP_STATUSES) expect(ownMembershipLabel[s].length).toBeGreaterThan(0);
    for (const kind of ["withdraw", "leave-group", "keep-status", "already"] as const)
      expect(consentWithdrawalEffect[kind].length).toBeGreaterThan(0);
  });

  it("can be withdrawn by the member only while undecided", () => {
    expect(APPLICATION_STATUSES.filter(canWithdrawOwnApplication)).toEqual(["RECEIVED", "WAITLISTED"]);
  });
});

describe("renewing one's own membership", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("is offered with no membership, after a period ended, and within the last month; not while one awaits payment or runs long", () => {
    expect(renewalOffer([], now)).toBe("RENEW");
    expect(renewalOffer([{ status: "PAID", periodStart: day("2025-01-01"), periodEnd: day("2026-01-01") }], now)).toBe("RENEW");
    expect(renewalOffer([{ status: "PAID", periodStart: day("2025-12-20"), periodEnd: day("2026-12-20") }], now)).toBe("RENEW");
    expect(renewalOffer([{ status: "PAID", periodStart: day("2026-06-01"), periodEnd: day("2027-06-01") }], now)).toBe("NOT_YET");
    expect(renewalOffer([{ status: "WAIVED", periodStart: day("2026-06-01"), periodEnd: day("2027-06-01") }], now)).toBe("NOT_YET");
    expect(renewalOffer([{ status: "PENDING_PAYMENT", periodStart: null, periodEnd: null }], now)).toBe("PENDING");
  });
});
