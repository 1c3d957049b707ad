import "server-only";
// Every write on the member register: payments, waivers, renewal periods and reminders. Administrators only.
import type { Change } from "@/lib/cache/invalidate";
import { command } from "@/lib/command/define";
import * as data from "./data";
import { markExpiredMemberships } from "./expiry-data";
import { memberIdInput, noInput, paymentInput } from "./schema";

const NOT_FOUND = "Medlemmet findes ikke (længere).";

const membership = (_input: unknown, d: data.MembershipChanged) => ({ type: "Membership" as const, id: d.membershipId });

/** The register, the member's page, the dashboard counts and application pages that show membership status. */
const memberChanged = (input: { memberId: string }): Change[] => [{ kind: "member", id: input.memberId }];

export const recordPayment = command({
  name: "members.payment",
  policy: { kind: "admin" },
  input: paymentInput,
  run: (tx, actor, input) => data.recordPayment(tx, actor, input),
  refusals: { NOT_FOUND },
  audit: { verb: "membership.payment", entity: membership },
  invalidates: memberChanged,
});

export const waiveMembership = command({
  name: "members.waive",
  policy: { kind: "admin" },
  input: memberIdInput,
  run: (tx, _actor, input) => data.waiveMembership(tx, input.memberId),
  refusals: { NOT_FOUND },
  audit: { verb: "membership.waive", entity: membership },
  invalidates: memberChanged,
});

export const createMembershipPeriod = command({
  name: "members.new-period",
  policy: { kind: "admin" },
  input: memberIdInput,
  run: (tx, _actor, input) => data.createMembershipPeriod(tx, input.memberId),
  refusals: { NOT_FOUND, ALREADY_PENDING: "Der findes allerede en periode, som afventer betaling." },
  audit: { verb: "membership.create", entity: membership },
  invalidates: memberChanged,
});

/**
 * Emails every member whose paid membership ends within the reminder window (rules.ts expiryWindow) — at most once per period: the claim
 * (Membership.reminderSentAt) and the queued emails commit together (lib/email/queue.ts). Audited once, with the count.
 */
export const sendRenewalReminders = command({
  name: "members.reminders",
  policy: { kind: "admin" },
  input: noInput,
  run: (tx) => data.queueRenewalReminders(tx),
  refusals: {},
  audit: { verb: "membership.reminder", entity: () => ({ type: "Membership", id: null }), details: (_input, claimed) => ({ sent: claimed.length }) },
  invalidates: () => [{ kind: "members" }, { kind: "outbox" }],
  result: (claimed) => ({ sent: claimed.length }),
});

/**
 * The daily job (lib/jobs): stamps the paid and waived periods that have ended (lib/members/expiry-data.ts).
 * Only the system runs it; audited with the counts when it stamped any.
 */
export const markExpired = command({
  name: "members.mark-expired",
  policy: { kind: "system" },
  input: noInput,
  run: (tx) => markExpiredMemberships(tx, new Date()),
  refusals: {},
  audit: {
    verb: "membership.expire",
    entity: () => ({ type: "Membership", id: null }),
    details: (_input, counts) => ({ ...counts }),
    onlyIf: (_input, counts) => counts.expired > 0,
  },
  result: (counts) => counts,
});
