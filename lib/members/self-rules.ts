// Pure rules for what a member sees and may do on their own page ("Min side"): the honest state of
// an application, and whether the membership can be renewed. No I/O. Safe in the browser.
import type { ApplicationStatusValue } from "@/lib/applications/labels";
import { countsTowardsMinimum } from "@/lib/groups/forming-rules";
import { consentWithdrawal } from "@/lib/privacy/rules";
import { EXPIRY_WINDOW_DAYS, membershipCovers, type MembershipPeriod } from "./rules";

/** What has happened to an application, in the member's words (self-labels.ts). */
export const OWN_APPLICATION_STATES = ["UNCONFIRMED", "RECEIVED", "INTAKE_HELD", "WAITLISTED", "ADMITTED", "LEFT", "DECLINED", "WITHDRAWN"] as const;
export type OwnApplicationState = (typeof OWN_APPLICATION_STATES)[number];

export type OwnApplicationFacts = {
  status: ApplicationStatusValue;
  awaitsConfirmation: boolean;
  intakeHeldOn: Date | null;
  /** When the member's place in the group ended (null while they take part, or never admitted). */
  participationLeftAt: Date | null;
};

/**
 * The application's state from its status and intake fields. An intake is recorded on the day it was
 * held (never ahead), so "booked" is not something the records know: a received application without
 * an intake waits for the coordinator to get in touch.
 */
export function ownApplicationState(a: OwnApplicationFacts): OwnApplicationState {
  switch (a.status) {
    case "ACCEPTED":
      return a.participationLeftAt ? "LEFT" : "ADMITTED";
    case "WAITLISTED":
      return "WAITLISTED";
    case "DECLINED":
      return "DECLINED";
    case "WITHDRAWN":
      return "WITHDRAWN";
    case "RECEIVED":
      if (a.awaitsConfirmation) return "UNCONFIRMED";
      return a.intakeHeldOn ? "INTAKE_HELD" : "RECEIVED";
  }
}

/** A member may withdraw an application only while it is not decided: received or on the waitlist. */
export const OWN_WITHDRAWABLE_STATUSES = ["RECEIVED", "WAITLISTED"] as const satisfies readonly ApplicationStatusValue[];

export function canWithdrawOwnApplication(status: ApplicationStatusValue): boolean {
  return (OWN_WITHDRAWABLE_STATUSES as readonly string[]).includes(status);
}

/**
 * What withdrawing the consents of an application would do (lib/privacy/rules.ts consentWithdrawal),
 * so the page can say it before the member presses: nothing is left to withdraw once withdrawn.
 */
export function ownConsentWithdrawal(status: ApplicationStatusValue, withdrawnAt: Date | null) {
  return consentWithdrawal(status, withdrawnAt !== null).kind;
}

export type RenewalOffer = "RENEW" | "PENDING" | "NOT_YET";

/**
 * Whether the member can start the next period themselves: not while one awaits payment (pay that
 * one), not while a paid or waived period runs for more than the reminder window (EXPIRY_WINDOW_DAYS,
 * the same window the renewal reminder uses); otherwise yes, also after a period has ended.
 */
export function renewalOffer(memberships: MembershipPeriod[], now: Date): RenewalOffer {
  if (memberships.some((m) => m.status === "PENDING_PAYMENT")) return "PENDING";
  const windowEnd = new Date(now.getTime() + EXPIRY_WINDOW_DAYS * 86_400_000);
  const runsPastWindow = memberships.some((m) => membershipCovers(m, now) && membershipCovers(m, windowEnd));
  return runsPastWindow ? "NOT_YET" : "RENEW";
}

/** The states in which the member's application waits for its group to form, or is in it: the forming count is shown for these. */
const WAITS_FOR_GROUP: readonly OwnApplicationState[] = ["UNCONFIRMED", "RECEIVED", "INTAKE_HELD", "WAITLISTED", "ADMITTED"];

/** Whether the page shows a planned group's count next to this application (never for a closed one). */
export function showsFormingCount(state: OwnApplicationState, groupIsForming: boolean): boolean {
  return groupIsForming && WAITS_FOR_GROUP.includes(state);
}

/**
 * Whether this application puts the member among their group's count (lib/groups/forming-rules.ts):
 * admitted (an active participant), or open with the intake held and the address confirmed.
 */
export function ownApplicationCounts(
  state: OwnApplicationState,
  a: { status: ApplicationStatusValue; awaitsConfirmation: boolean; intakeHeldOn: Date | null },
) {
  return (
    state === "ADMITTED" || countsTowardsMinimum({ status: a.status, awaitsConfirmation: a.awaitsConfirmation, intakeHeld: a.intakeHeldOn !== null })
  );
}
