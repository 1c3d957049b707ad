// Pure rules for deciding on applications: allowed status transitions and the preconditions of
// accepting someone into a group. No I/O; the data layer gathers the facts and asks these.
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

export type MembershipFact = { status: "PENDING_PAYMENT" | "PAID" | "WAIVED" | "EXPIRED"; periodStart: Date | null; periodEnd: Date | null };

/** Paid or waived, with a period that covers `now`. */
export function hasValidMembership(memberships: MembershipFact[], now: Date): boolean {
  return memberships.some(
    (m) =>
      (m.status === "PAID" || m.status === "WAIVED") &&
      (m.periodStart === null || m.periodStart <= now) &&
      (m.periodEnd === null || m.periodEnd >= now),
  );
}

export type AcceptFacts = {
  status: ApplicationStatusValue;
  intakeHeld: boolean;
  group: { state: "PLANNED" | "STARTING" | "WITHDRAWING" | "SELF_RUNNING" | "ENDED"; openForNewcomers: boolean; capacity: number; activeParticipants: number };
  memberships: MembershipFact[];
  alreadyParticipating: boolean;
  now: Date;
};

export type AcceptRefusal =
  | "ILLEGAL_TRANSITION"
  | "NO_INTAKE"
  | "GROUP_ENDED"
  | "GROUP_CLOSED"
  | "GROUP_FULL"
  | "ALREADY_PARTICIPATING"
  | "MEMBERSHIP_UNPAID";

/** The first reason the application cannot be accepted, or null when it can. */
export function acceptRefusal(f: AcceptFacts): AcceptRefusal | null {
  if (!canTransition(f.status, "ACCEPTED")) return "ILLEGAL_TRANSITION";
  if (f.group.state === "ENDED") return "GROUP_ENDED";
  if (!f.group.openForNewcomers) return "GROUP_CLOSED";
  if (f.alreadyParticipating) return "ALREADY_PARTICIPATING";
  if (f.group.activeParticipants >= f.group.capacity) return "GROUP_FULL";
  if (!f.intakeHeld) return "NO_INTAKE";
  if (!hasValidMembership(f.memberships, f.now)) return "MEMBERSHIP_UNPAID";
  return null;
}

export const acceptRefusalMessage: Record<AcceptRefusal, string> = {
  ILLEGAL_TRANSITION: "Ansøgningen er allerede afgjort og kan ikke optages.",
  NO_INTAKE: "Forsamtalen skal registreres, før ansøgeren kan optages.",
  GROUP_ENDED: "Gruppen er afsluttet og kan ikke optage nye deltagere.",
  GROUP_CLOSED: "Gruppen er lukket for nye deltagere lige nu.",
  GROUP_FULL: "Gruppen er fuld. Der er ingen ledige pladser.",
  ALREADY_PARTICIPATING: "Personen deltager allerede i gruppen.",
  MEMBERSHIP_UNPAID: "Medlemskabet er hverken betalt eller fritaget for den nuværende periode. Registrér betalingen, og prøv igen.",
};

export const ILLEGAL_TRANSITION_MESSAGE = "Ansøgningen har allerede en afgørelse, som ikke kan ændres sådan.";

export function freeSeats(capacity: number, activeParticipants: number): number {
  return Math.max(0, capacity - activeParticipants);
}
