// Pure rules for assigning and releasing facilitators. No I/O.
import type { GroupStateValue } from "./labels";
import { isFacilitated, isRunning, MAX_ACTIVE_FACILITATORS } from "./rules";

export type AssignmentFacts = {
  groupState: GroupStateValue;
  /** Active assignments on the group now. */
  activeAssignments: number;
  /** The facilitator already has an active assignment on this group. */
  alreadyAssigned: boolean;
  facilitatorActive: boolean;
  courseCompleted: boolean;
  /** Groups in FACILITATED_STATES (rules.ts) where the facilitator has an active assignment. */
  facilitatorLoad: number;
  maxGroupsPerFacilitator: number;
};

export type AssignRefusal = "GROUP_ENDED" | "GROUP_SELF_RUNNING" | "FACILITATOR_INACTIVE" | "NO_COURSE" | "ALREADY_ASSIGNED" | "GROUP_HAS_TWO";

export const assignRefusalMessage: Record<AssignRefusal, string> = {
  GROUP_ENDED: "Gruppen er afsluttet. Der kan ikke tildeles igangsættere.",
  GROUP_SELF_RUNNING: "Gruppen kører selv og har ikke igangsættere. Der kan ikke tildeles igangsættere.",
  FACILITATOR_INACTIVE: "Igangsætteren er ikke aktiv.",
  NO_COURSE: "Igangsætteren har ikke gennemført igangsætterkurset.",
  ALREADY_ASSIGNED: "Igangsætteren er allerede tildelt gruppen.",
  GROUP_HAS_TWO: "Gruppen har allerede to igangsættere.",
};

export type AssignmentResult = { ok: true; warning?: string } | { ok: false; code: AssignRefusal };

/**
 * Assigning is possible while the group is planned, starting or withdrawing (a replacement may be
 * needed if a facilitator falls ill during the withdrawal). A self-running group has handed over and
 * has no facilitators; if it needs help again, the coordinators start a new group. Ended groups take
 * nobody. Too high a load is a warning, not a refusal: the coordinators know their volunteers.
 */
export function canAssign(f: AssignmentFacts): AssignmentResult {
  if (!isFacilitated(f.groupState)) return { ok: false, code: f.groupState === "ENDED" ? "GROUP_ENDED" : "GROUP_SELF_RUNNING" };
  if (!f.facilitatorActive) return { ok: false, code: "FACILITATOR_INACTIVE" };
  if (!f.courseCompleted) return { ok: false, code: "NO_COURSE" };
  if (f.alreadyAssigned) return { ok: false, code: "ALREADY_ASSIGNED" };
  if (f.activeAssignments >= MAX_ACTIVE_FACILITATORS) return { ok: false, code: "GROUP_HAS_TWO" };
  if (f.facilitatorLoad >= f.maxGroupsPerFacilitator) {
    return {
      ok: true,
      warning: `Igangsætteren har nu ${f.facilitatorLoad + 1} grupper i gang – mere end de ${f.maxGroupsPerFacilitator}, der er sat som grænse.`,
    };
  }
  return { ok: true };
}

/** Releasing is always possible (people fall ill or move); leaving a running start-up empty is flagged. */
export function releaseWarning(groupState: GroupStateValue, activeAssignmentsAfter: number): string | undefined {
  if (activeAssignmentsAfter === 0 && isRunning(groupState) && isFacilitated(groupState)) {
    return "Gruppen har nu ingen igangsættere. Husk at finde en afløser.";
  }
  return undefined;
}
