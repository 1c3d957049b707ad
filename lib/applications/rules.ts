// Pure rules for deciding on applications: allowed status transitions and the preconditions of
// accepting someone into a group. No I/O; the data layer gathers the facts and asks these. Whether the
// group takes a newcomer is lib/groups/rules.ts admission; whether the membership is valid is
// lib/members/rules.ts hasValidMembership.
import { admission, type Admission, type AdmissionFacts } from "@/lib/groups/rules";
import { hasValidMembership, type MembershipPeriod } from "@/lib/members/rules";
import type { ApplicationStatusValue } from "./labels";

type Decision = Exclude<ApplicationStatusValue, "RECEIVED">;

/** Where an application may go from each status. ACCEPTED, DECLINED and WITHDRAWN are final. */
const TRANSITIONS: Record<ApplicationStatusValue, readonly Decision[]> = {
  RECEIVED: ["ACCEPTED", "WAITLISTED", "DECLINED", "WITHDRAWN"],
  WAITLISTED: ["ACCEPTED", "DECLINED", "WITHDRAWN"],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

export function allowedTransitions(from: ApplicationStatusValue): readonly Decision[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ApplicationStatusValue, to: Decision): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses an application may be decided from (accepted, waitlisted, declined or withdrawn). */
export function fromStatusesFor(to: Decision): ApplicationStatusValue[] {
  return (Object.keys(TRANSITIONS) as ApplicationStatusValue[]).filter((from) => TRANSITIONS[from].includes(to));
}

/** The intake conversation can be recorded while the application is still open. */
export function canRecordIntake(status: ApplicationStatusValue): boolean {
  return status === "RECEIVED" || status === "WAITLISTED";
}

export type AcceptFacts = {
  status: ApplicationStatusValue;
  /** The owner of the email address has not confirmed the application yet (lib/confirmations). */
  awaitsConfirmation: boolean;
  intakeHeld: boolean;
  group: AdmissionFacts;
  memberships: MembershipPeriod[];
  alreadyParticipating: boolean;
  now: Date;
};

export type AcceptRefusal =
  "UNCONFIRMED" | "ILLEGAL_TRANSITION" | "NO_INTAKE" | "GROUP_ENDED" | "GROUP_CLOSED" | "GROUP_FULL" | "ALREADY_PARTICIPATING" | "MEMBERSHIP_UNPAID";

/** The accept refusal for each reason admission() gives for not taking a newcomer. */
export const ADMISSION_REFUSAL = { ENDED: "GROUP_ENDED", CLOSED: "GROUP_CLOSED", FULL: "GROUP_FULL" } as const satisfies Record<
  Exclude<Admission, "OPEN">,
  AcceptRefusal
>;

/** The first reason the application cannot be accepted, or null when it can. */
export function acceptRefusal(f: AcceptFacts): AcceptRefusal | null {
  if (!canTransition(f.status, "ACCEPTED")) return "ILLEGAL_TRANSITION";
  if (f.awaitsConfirmation) return "UNCONFIRMED";
  const admits = admission(f.group);
  if (admits === "ENDED" || admits === "CLOSED") return ADMISSION_REFUSAL[admits];
  // Someone already in the group is told so, rather than that it is full.
  if (f.alreadyParticipating) return "ALREADY_PARTICIPATING";
  if (admits === "FULL") return ADMISSION_REFUSAL[admits];
  if (!f.intakeHeld) return "NO_INTAKE";
  if (!hasValidMembership(f.memberships, f.now)) return "MEMBERSHIP_UNPAID";
  return null;
}

/** Waitlisting and declining also wait for the confirmation: no decision email to an unproven address. */
export const UNCONFIRMED_MESSAGE =
  "Ansøgeren har ikke bekræftet ansøgningen fra sin email endnu. Har I talt sammen ved forsamtalen, kan du markere den som bekræftet.";

export const acceptRefusalMessage: Record<AcceptRefusal, string> = {
  UNCONFIRMED: UNCONFIRMED_MESSAGE,
  ILLEGAL_TRANSITION: "Ansøgningen er allerede afgjort og kan ikke optages.",
  NO_INTAKE: "Forsamtalen skal registreres, før ansøgeren kan optages.",
  GROUP_ENDED: "Gruppen er afsluttet og kan ikke optage nye deltagere.",
  GROUP_CLOSED: "Gruppen er lukket for nye deltagere lige nu.",
  GROUP_FULL: "Gruppen er fuld. Der er ingen ledige pladser.",
  ALREADY_PARTICIPATING: "Personen deltager allerede i gruppen.",
  MEMBERSHIP_UNPAID: "Medlemskabet er hverken betalt eller fritaget for den nuværende periode. Registrér betalingen, og prøv igen.",
};

export const ILLEGAL_TRANSITION_MESSAGE = "Ansøgningen har allerede en afgørelse, som ikke kan ændres sådan.";

export type PendingMembershipFacts = {
  memberships: MembershipPeriod[];
  /** The member's other applications still waiting for a decision (received or on a waitlist). */
  otherOpenApplications: number;
  /** Groups the member takes part in now. */
  activeParticipations: number;
};

/**
 * What the decline form offers for the applicant's membership awaiting payment: nothing when there is
 * none; "SUGGEST" (the box ticked) when it has no other reason to stay — no other open application, no
 * group the member takes part in, and never a paid or waived period before (it was opened by joining
 * with this application); "OFFER" (not ticked) when there is such a reason, for the coordinator to judge.
 */
export function pendingMembershipOnDecline(f: PendingMembershipFacts): "NONE" | "OFFER" | "SUGGEST" {
  if (!f.memberships.some((m) => m.status === "PENDING_PAYMENT")) return "NONE";
  const everMember = f.memberships.some((m) => m.status === "PAID" || m.status === "WAIVED");
  return f.otherOpenApplications === 0 && f.activeParticipations === 0 && !everMember ? "SUGGEST" : "OFFER";
}
