import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES } from "@/lib/applications/labels";
import { consentWithdrawalEffect, ownApplicationLabel, ownFormingText, ownMembershipLabel } from "@/lib/members/self-labels";
import {
  canWithdrawOwnApplication,
  ownApplicationCounts,
  ownApplicationState,
  OWN_APPLICATION_STATES,
  renewalOffer,
  showsFormingCount,
} from "@/lib/members/self-rules";
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

describe("a planned group's count on the applicant's own page", () => {
  it("is shown while the application waits for the group or is in it, never for a closed one or a group that is not forming", () => {
    expect(OWN_APPLICATION_STATES.filter((s) => showsFormingCount(s, true))).toEqual([
      "UNCONFIRMED",
      "RECEIVED",
      "INTAKE_HELD",
      "WAITLISTED",
      "ADMITTED",
    ]);
    expect(OWN_APPLICATION_STATES.filter((s) => showsFormingCount(s, false))).toEqual([]);
  });

  it("counts the member as the group's count does: admitted, or open with the intake held and the address confirmed", () => {
    const held = { ...base, intakeHeldOn: new Date() };
    expect(ownApplicationCounts("INTAKE_HELD", held)).toBe(true);
    expect(ownApplicationCounts("WAITLISTED", { ...held, status: "WAITLISTED" })).toBe(true);
    expect(ownApplicationCounts("RECEIVED", base)).toBe(false);
    expect(ownApplicationCounts("UNCONFIRMED", { ...held, awaitsConfirmation: true })).toBe(false);
    expect(ownApplicationCounts("ADMITTED", { ...base, status: "ACCEPTED" })).toBe(true);
    expect(ownApplicationCounts("LEFT", { ...held, status: "ACCEPTED" })).toBe(false);
    expect(ownApplicationCounts("WITHDRAWN", { ...held, status: "WITHDRAWN" })).toBe(false);
  });

  it("says how many have had their intake of the minimum, in Danish, counts only", () => {
    expect(ownFormingText({ counted: 0, minimum: 4, includesYou: false })).toBe(
      "Ingen har haft deres forsamtale endnu. Gruppen skal have mindst 4 deltagere for at starte.",
    );
    expect(ownFormingText({ counted: 2, minimum: 4, includesYou: false })).toBe(
      "2 af de 4 deltagere, gruppen mindst skal have for at starte, har haft deres forsamtale.",
    );
    expect(ownFormingText({ counted: 3, minimum: 4, includesYou: true })).toBe(
      "3 af de 4 deltagere, gruppen mindst skal have for at starte, har haft deres forsamtale (du selv medregnet).",
    );
    expect(ownFormingText({ counted: 5, minimum: 4, includesYou: true })).toBe(
      "5 har haft deres forsamtale (du selv medregnet), og gruppen skal have mindst 4 deltagere for at starte.",
    );
  });
});
