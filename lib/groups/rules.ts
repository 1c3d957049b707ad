// The group lifecycle (../shared/DESIGN.md), what each state allows, and whether a group takes a newcomer,
// as pure functions. No I/O: the server reads the facts inside its transaction and asks these functions
// whether it may act; pages ask the same functions what to show. Safe in the browser.
import { GROUP_STATES, stateLabel, type AgeBandValue, type GroupStateValue } from "./labels";

// ---------------------------------------------------------------------------------------------------
// What each lifecycle state allows. Every page, command, query and figure asks these; nothing else
// lists states.

/** A running group meets: meetings are recorded, and it counts as active in the yearly figures. */
export const RUNNING_STATES = ["STARTING", "WITHDRAWING", "SELF_RUNNING"] as const satisfies readonly GroupStateValue[];
export function isRunning(state: GroupStateValue): boolean {
  return (RUNNING_STATES as readonly GroupStateValue[]).includes(state);
}

/**
 * States in which facilitators carry the group: they can be assigned, and the group counts in their
 * load. A self-running group has handed over; an ended group takes nobody.
 */
export const FACILITATED_STATES = ["PLANNED", "STARTING", "WITHDRAWING"] as const satisfies readonly GroupStateValue[];
export function isFacilitated(state: GroupStateValue): boolean {
  return (FACILITATED_STATES as readonly GroupStateValue[]).includes(state);
}

/** Before the facilitators begin to withdraw: they take part fully, and the readiness check is ahead. */
export function isBeforeWithdrawal(state: GroupStateValue): boolean {
  return state === "PLANNED" || state === "STARTING";
}

/** States the public catalogue lists (and can filter on): every state but ENDED. */
export type CatalogueState = Exclude<GroupStateValue, "ENDED">;
export const CATALOGUE_STATES: readonly CatalogueState[] = GROUP_STATES.filter((s): s is CatalogueState => s !== "ENDED");
export function isListed(state: GroupStateValue): state is CatalogueState {
  return state !== "ENDED";
}

// ---------------------------------------------------------------------------------------------------
// Admission: can this group take a newcomer? The one rule behind the catalogue's "takes newcomers",
// the apply page and the signup command, accepting an application, and the seat guard in SQL
// (lib/applications/data.ts takeSeat, which must say the same).

/** OPEN, or why not — checked in this order: ended, closed to newcomers, no free seat. */
export type Admission = "OPEN" | "ENDED" | "CLOSED" | "FULL";
export type AdmissionFacts = { state: GroupStateValue; openForNewcomers: boolean; capacity: number; activeParticipants: number };

export function admission(group: AdmissionFacts): Admission {
  if (group.state === "ENDED") return "ENDED";
  if (!group.openForNewcomers) return "CLOSED";
  if (freeSeats(group) === 0) return "FULL";
  return "OPEN";
}

/** A group takes newcomers only when it has not ended, is open to them and has a free seat. */
export function takesNewcomers(group: AdmissionFacts): boolean {
  return admission(group) === "OPEN";
}

/** Seats left: capacity less active participations (never below 0). */
export function freeSeats(group: { capacity: number; activeParticipants: number }): number {
  return Math.max(0, group.capacity - group.activeParticipants);
}

// ---------------------------------------------------------------------------------------------------
// Transitions.

/** Why a transition is refused: a stable code for the command, and the reason in words for the page. */
export type TransitionRefusal =
  | "SAME_STATE"
  | "GROUP_ENDED"
  | "REASON_REQUIRED"
  | "BACKWARDS"
  | "SKIPS_STEP"
  | "NO_FACILITATOR"
  | "TOO_MANY_FACILITATORS"
  | "FACILITATOR_NOT_QUALIFIED"
  | "KEEPS_FACILITATORS"
  | "NOT_READY"
  | "NO_MEETING_WITHOUT_FACILITATORS"
  | "NOT_ALLOWED";

export type RuleResult = { ok: true } | { ok: false; code: TransitionRefusal; reason: string };

/**
 * What a refused command says. The page shows the fuller reason (what exactly is missing) beside the
 * controls before anyone clicks; a refusal from the server means the facts changed in the meantime.
 */
export const transitionRefusalMessage: Record<TransitionRefusal, string> = {
  SAME_STATE: "Gruppen har allerede den tilstand.",
  GROUP_ENDED: "Gruppen er afsluttet og kan ikke skifte tilstand.",
  REASON_REQUIRED: "Skriv en kort begrundelse for at afslutte gruppen.",
  BACKWARDS: "En gruppe kan ikke gå tilbage til en tidligere tilstand.",
  SKIPS_STEP: "Gruppen kan ikke springe trin over.",
  NO_FACILITATOR: "Tildel mindst én igangsætter, før gruppen kan starte.",
  TOO_MANY_FACILITATORS: "En gruppe kan højst have to igangsættere.",
  FACILITATOR_NOT_QUALIFIED: "Alle tildelte igangsættere skal være aktive og have gennemført igangsætterkurset, før gruppen kan starte.",
  KEEPS_FACILITATORS: "Grupper for børn og unge beholder deres igangsættere: igangsætterne trækker sig ikke, og gruppen bliver ikke selvkørende.",
  NOT_READY: "Parathedstjekket er ikke færdigt. Se på gruppens side, hvad der mangler.",
  NO_MEETING_WITHOUT_FACILITATORS: "Gruppen skal have holdt mindst ét registreret møde uden igangsættere, før den kan køre selv.",
  NOT_ALLOWED: "Overgangen er ikke tilladt.",
};

/** What a transition depends on, read fresh by the server inside the transaction that applies it. */
export type TransitionFacts = {
  ageBand: AgeBandValue;
  /** Active assignments (withdrawnAt null) on the group. */
  assignedFacilitators: number;
  /** Of those, facilitators who are active and have completed the starter course. */
  qualifiedFacilitators: number;
  rhythmAgreed: boolean;
  groundRulesAgreed: boolean;
  /** The contact person is one of the group's active participations. */
  hasContactPerson: boolean;
  meetingsHeld: number;
  /** Recorded meetings that no facilitator attended. */
  meetingsWithoutFacilitators: number;
  /** settings.minMeetingsBeforeWithdrawal (default 6: the evaluation meeting). */
  minMeetingsBeforeWithdrawal: number;
  /** The reason given for the transition (required for ENDED). */
  reason?: string | null;
};

/** The forward path; ENDED is reachable from every state but itself. */
const NEXT: Partial<Record<GroupStateValue, GroupStateValue>> = {
  PLANNED: "STARTING",
  STARTING: "WITHDRAWING",
  WITHDRAWING: "SELF_RUNNING",
};
const ORDER: GroupStateValue[] = ["PLANNED", "STARTING", "WITHDRAWING", "SELF_RUNNING", "ENDED"];

export const MAX_ACTIVE_FACILITATORS = 2;

/** Groups for children and youth keep their facilitators: they never withdraw or run on their own. */
export function keepsFacilitators(ageBand: AgeBandValue): boolean {
  return ageBand === "CHILDREN" || ageBand === "YOUTH";
}

const refuse = (code: TransitionRefusal, reason: string = transitionRefusalMessage[code]): RuleResult => ({ ok: false, code, reason });

export type ReadinessItem = { key: "rhythm" | "groundRules" | "contact" | "meetings"; label: string; done: boolean };

/** The readiness check before the facilitators begin to withdraw, item by item (also shown in the UI). */
export function readinessItems(facts: TransitionFacts): ReadinessItem[] {
  const n = facts.minMeetingsBeforeWithdrawal;
  return [
    { key: "rhythm", label: "Gruppen har aftalt sin mødefrekvens", done: facts.rhythmAgreed },
    { key: "groundRules", label: "Gruppen har aftalt sine spilleregler, herunder tavshedspligten", done: facts.groundRulesAgreed },
    { key: "contact", label: "Der er en kontaktperson blandt deltagerne", done: facts.hasContactPerson },
    { key: "meetings", label: `Gruppen har holdt mindst ${n} møder (${facts.meetingsHeld} holdt)`, done: facts.meetingsHeld >= n },
  ];
}

export type StartItem = { key: "facilitators" | "qualified"; label: string; done: boolean };

/**
 * What a planned group needs before it can start (startRule's conditions, as a checklist): 1–2 active
 * assignments, and every assigned facilitator active with the starter course completed.
 */
export function startItems(facts: TransitionFacts): StartItem[] {
  const n = facts.assignedFacilitators;
  return [
    {
      key: "facilitators",
      label: `Gruppen har 1–${MAX_ACTIVE_FACILITATORS} igangsættere tildelt (${n} tildelt)`,
      done: n >= 1 && n <= MAX_ACTIVE_FACILITATORS,
    },
    {
      key: "qualified",
      label: "De tildelte igangsættere er aktive og har gennemført igangsætterkurset",
      done: n >= 1 && facts.qualifiedFacilitators >= n,
    },
  ];
}

export function canTransition(from: GroupStateValue, to: GroupStateValue, facts: TransitionFacts): RuleResult {
  if (from === to) return refuse("SAME_STATE", `Gruppen har allerede tilstanden "${stateLabel[from]}".`);
  if (from === "ENDED") return refuse("GROUP_ENDED");

  if (to === "ENDED") {
    if (!facts.reason || facts.reason.trim().length === 0) return refuse("REASON_REQUIRED");
    return { ok: true };
  }

  if (ORDER.indexOf(to) < ORDER.indexOf(from)) {
    return refuse("BACKWARDS", `En gruppe kan ikke gå tilbage fra "${stateLabel[from]}" til "${stateLabel[to]}".`);
  }
  // Forward, but not the next step (SELF_RUNNING has no forward step but ENDED, handled above).
  const next = NEXT[from] as GroupStateValue;
  if (next !== to) return refuse("SKIPS_STEP", `Gruppen kan ikke springe trin over: fra "${stateLabel[from]}" er næste trin "${stateLabel[next]}".`);

  switch (to) {
    case "STARTING":
      return startRule(facts);
    case "WITHDRAWING":
      if (keepsFacilitators(facts.ageBand))
        return refuse(
          "KEEPS_FACILITATORS",
          "Grupper for børn og unge beholder deres igangsættere og går ikke over til, at igangsætterne trækker sig.",
        );
      return withdrawalRule(facts);
    case "SELF_RUNNING":
      if (keepsFacilitators(facts.ageBand))
        return refuse("KEEPS_FACILITATORS", "Grupper for børn og unge beholder deres igangsættere og bliver ikke selvkørende.");
      if (facts.meetingsWithoutFacilitators < 1) return refuse("NO_MEETING_WITHOUT_FACILITATORS");
      return { ok: true };
    default:
      return refuse("NOT_ALLOWED", `Overgangen fra "${stateLabel[from]}" til "${stateLabel[to]}" er ikke tilladt.`);
  }
}

function startRule(facts: TransitionFacts): RuleResult {
  if (facts.assignedFacilitators < 1) return refuse("NO_FACILITATOR");
  if (facts.assignedFacilitators > MAX_ACTIVE_FACILITATORS) return refuse("TOO_MANY_FACILITATORS");
  if (facts.qualifiedFacilitators < facts.assignedFacilitators) {
    return refuse("FACILITATOR_NOT_QUALIFIED");
  }
  return { ok: true };
}

function withdrawalRule(facts: TransitionFacts): RuleResult {
  const missing = readinessItems(facts).filter((item) => !item.done);
  if (missing.length === 0) return { ok: true };
  return refuse("NOT_READY", `Parathedstjekket er ikke færdigt. Mangler: ${missing.map((m) => m.label.toLowerCase()).join("; ")}.`);
}

/** The next step forward from a state, if any (ENDED is always possible besides). */
export function nextState(from: GroupStateValue): GroupStateValue | null {
  return NEXT[from] ?? null;
}
