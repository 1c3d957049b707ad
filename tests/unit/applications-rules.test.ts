import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, parseInboxFilter, type ApplicationStatusValue } from "@/lib/applications/labels";
import { acceptRefusal, canRecordIntake, canTransition, pendingMembershipOnDecline, type AcceptFacts } from "@/lib/applications/rules";
import { hasValidMembership } from "@/lib/members/rules";

const now = new Date("2026-06-01T12:00:00Z");
const DAY = 86_400_000;

describe("status transitions", () => {
  const expected: Record<ApplicationStatusValue, ApplicationStatusValue[]> = {
    RECEIVED: ["ACCEPTED", "WAITLISTED", "DECLINED", "WITHDRAWN"],
    WAITLISTED: ["ACCEPTED", "DECLINED", "WITHDRAWN"],
    ACCEPTED: [],
    DECLINED: [],
    WITHDRAWN: [],
  };
  const targets = ["ACCEPTED", "WAITLISTED", "DECLINED", "WITHDRAWN"] as const;
  it.each(APPLICATION_STATUSES.flatMap((from) => targets.map((to) => [from, to, expected[from].includes(to)] as const)))(
    "%s → %s allowed: %s",
    (from, to, allowed) => {
      expect(canTransition(from, to)).toBe(allowed);
    },
  );

  it("lets the intake be recorded only while the application is open", () => {
    expect(APPLICATION_STATUSES.filter(canRecordIntake)).toEqual(["RECEIVED", "WAITLISTED"]);
  });
});

describe("accept preconditions", () => {
  const ok: AcceptFacts = {
    status: "RECEIVED",
    awaitsConfirmation: false,
    intakeHeld: true,
    group: { state: "STARTING", openForNewcomers: true, capacity: 8, activeParticipants: 7 },
    memberships: [{ status: "PAID", periodStart: new Date(now.getTime() - DAY), periodEnd: new Date(now.getTime() + 300 * DAY) }],
    alreadyParticipating: false,
    now,
  };

  it("accepts when everything is in order (last free seat)", () => {
    expect(acceptRefusal(ok)).toBeNull();
  });
  it.each([
    ["a decided application", { status: "DECLINED" as const }, "ILLEGAL_TRANSITION"],
    ["an accepted application", { status: "ACCEPTED" as const }, "ILLEGAL_TRANSITION"],
    ["an ended group", { group: { ...ok.group, state: "ENDED" as const } }, "GROUP_ENDED"],
    ["a group closed to newcomers", { group: { ...ok.group, openForNewcomers: false } }, "GROUP_CLOSED"],
    ["a full group", { group: { ...ok.group, activeParticipants: 8 } }, "GROUP_FULL"],
    ["an over-full group", { group: { ...ok.group, capacity: 4, activeParticipants: 5 } }, "GROUP_FULL"],
    ["no intake", { intakeHeld: false }, "NO_INTAKE"],
    ["an application its owner has not confirmed", { awaitsConfirmation: true }, "UNCONFIRMED"],
    ["no membership", { memberships: [] }, "MEMBERSHIP_UNPAID"],
    [
      "a membership awaiting payment",
      { memberships: [{ status: "PENDING_PAYMENT" as const, periodStart: null, periodEnd: null }] },
      "MEMBERSHIP_UNPAID",
    ],
    [
      "an expired paid period",
      { memberships: [{ status: "PAID" as const, periodStart: new Date("2024-01-01"), periodEnd: new Date("2025-01-01") }] },
      "MEMBERSHIP_UNPAID",
    ],
    [
      "a period not started yet",
      { memberships: [{ status: "PAID" as const, periodStart: new Date(now.getTime() + DAY), periodEnd: new Date(now.getTime() + 400 * DAY) }] },
      "MEMBERSHIP_UNPAID",
    ],
    ["a member already in the group", { alreadyParticipating: true }, "ALREADY_PARTICIPATING"],
    ["a member already in a full group", { alreadyParticipating: true, group: { ...ok.group, activeParticipants: 8 } }, "ALREADY_PARTICIPATING"],
    ["a member already in a closed group", { alreadyParticipating: true, group: { ...ok.group, openForNewcomers: false } }, "GROUP_CLOSED"],
  ])("refuses %s", (_label, change, reason) => {
    expect(acceptRefusal({ ...ok, ...change } as AcceptFacts)).toBe(reason);
  });

  it("counts a waived membership as valid", () => {
    expect(
      hasValidMembership([{ status: "WAIVED", periodStart: new Date(now.getTime() - DAY), periodEnd: new Date(now.getTime() + DAY) }], now),
    ).toBe(true);
  });
});

describe("inbox filter from the URL", () => {
  it.each([
    [undefined, "ny"],
    ["ny", "ny"],
    ["afventer-samtale", "ny"],
    ["venteliste", "venteliste"],
    [["optaget", "x"], "optaget"],
    ["<script>", "ny"],
  ])("%j → %s", (input, expected) => {
    expect(parseInboxFilter(input as string | string[] | undefined)).toBe(expected);
  });
});

describe("the membership awaiting payment when declining", () => {
  const pending = { status: "PENDING_PAYMENT" as const, periodStart: null, periodEnd: null };
  const paid = { status: "PAID" as const, periodStart: new Date("2024-01-01"), periodEnd: new Date("2025-01-01") };
  const facts = { memberships: [pending], otherOpenApplications: 0, activeParticipations: 0 };

  it("suggests closing it when this application was the only reason for it", () => {
    expect(pendingMembershipOnDecline(facts)).toBe("SUGGEST");
  });

  it("only offers it (not ticked) when another application is open, the member is in a group, or was a member before", () => {
    expect(pendingMembershipOnDecline({ ...facts, otherOpenApplications: 1 })).toBe("OFFER");
    expect(pendingMembershipOnDecline({ ...facts, activeParticipations: 1 })).toBe("OFFER");
    expect(pendingMembershipOnDecline({ ...facts, memberships: [paid, pending] })).toBe("OFFER");
  });

  it("offers nothing without a membership awaiting payment", () => {
    expect(pendingMembershipOnDecline({ ...facts, memberships: [] })).toBe("NONE");
    expect(pendingMembershipOnDecline({ ...facts, memberships: [paid] })).toBe("NONE");
  });
});
