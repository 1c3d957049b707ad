// A planned group is "forming": it starts once enough matched people are ready. What counts towards
// its minimum, how far it is, and what the public reads about it — pure rules, safe in the browser.
// lib/groups/forming.ts says the same count in SQL (change one, change the other); docs/forming.md
// explains the choices.
import type { ApplicationStatusValue } from "@/lib/applications/labels";
import type { GroupStateValue } from "./labels";

/**
 * The minimum a new group gets: the organisation's groups have 4–8 participants. Each group keeps its
 * own (Group.minParticipants, 2 to its capacity), because a group of 3 seats or a children's group may
 * start with fewer; an interest-list topic and age band uses the same number (lib/interest/demand.ts).
 */
export const DEFAULT_MIN_PARTICIPANTS = 4;
export const MIN_PARTICIPANTS_FLOOR = 2;

/** Only a planned group is forming; a group that has started or ended shows no count. */
export function isForming(state: GroupStateValue): boolean {
  return state === "PLANNED";
}

/** Open applications: not decided yet, or on the waitlist. Accepted ones count as participants instead. */
export const COUNTED_APPLICATION_STATUSES = ["RECEIVED", "WAITLISTED"] as const satisfies readonly ApplicationStatusValue[];

export type FormingApplication = {
  memberId: string;
  status: ApplicationStatusValue;
  /** The owner of the address has not confirmed it yet (lib/confirmations). */
  awaitsConfirmation: boolean;
  intakeHeld: boolean;
};

/**
 * Whether an application brings its applicant towards the minimum: the intake conversation is held, the
 * application is confirmed and still open (not declined, withdrawn — also by a withdrawn consent, which
 * closes it — or already accepted, when the participation counts instead).
 */
export function countsTowardsMinimum(a: Omit<FormingApplication, "memberId">): boolean {
  return a.intakeHeld && !a.awaitsConfirmation && (COUNTED_APPLICATION_STATUSES as readonly string[]).includes(a.status);
}

/**
 * How many different people count: each active participant (admitted and not left), and each applicant
 * whose application counts. A person is counted once, however many of these they have in the group.
 */
export function countForming(activeParticipantMemberIds: readonly string[], applications: readonly FormingApplication[]): number {
  const people = new Set(activeParticipantMemberIds);
  for (const a of applications) if (countsTowardsMinimum(a)) people.add(a.memberId);
  return people.size;
}

export type FormingProgress = {
  /** How many more people are needed before the group can start (never below 0). */
  needed: number;
  /** How many count now (countForming). */
  counted: number;
  /** The group's minimum (Group.minParticipants). */
  minimum: number;
};

export function formingProgressOf(counted: number, minimum: number): FormingProgress {
  return { needed: Math.max(0, minimum - counted), counted, minimum };
}

export function minimumReached(p: FormingProgress): boolean {
  return p.needed === 0;
}

/**
 * What to do with the "coordinator told" marker after a write that may have changed the count: set it
 * (and tell the coordinator) on the write that reaches the minimum, clear it when the count is below
 * the minimum again (so the next crossing is told once more), else leave it.
 */
export function markerStep(reached: boolean, marked: boolean): "SET" | "CLEAR" | "KEEP" {
  if (reached && !marked) return "SET";
  if (!reached && marked) return "CLEAR";
  return "KEEP";
}

/** The short public line: counts only, never who. */
export function formingText(p: FormingProgress): string {
  if (p.needed === 0) return "Gruppen samles: der er nok deltagere, og vi går snart i gang";
  return `Gruppen samles: der mangler ${p.needed} ${p.needed === 1 ? "deltager" : "deltagere"}, før vi starter`;
}

/**
 * The expected start is shown only while it lies ahead (today counts); a passed date says nothing.
 * Takes the ISO text too: a cached read model may carry dates as strings.
 */
export function showsExpectedStart(expectedStartOn: Date | string | null | undefined, today: Date): expectedStartOn is Date | string {
  return !!expectedStartOn && new Date(expectedStartOn).getTime() >= today.getTime();
}
