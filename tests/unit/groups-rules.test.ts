import { describe, expect, it } from "vitest";
import {
  admission,
  canTransition,
  CATALOGUE_STATES,
  FACILITATED_STATES,
  freeSeats,
  isBeforeWithdrawal,
  isFacilitated,
  isListed,
  isRunning,
  nextState,
  readinessItems,
  RUNNING_STATES,
  startItems,
  takesNewcomers,
  type AdmissionFacts,
  type TransitionFacts,
} from "@/lib/groups/rules";
import { GROUP_STATES, type GroupStateValue } from "@/lib/groups/labels";

const complete: TransitionFacts = {
  ageBand: "ADULTS",
  assignedFacilitators: 2,
  qualifiedFacilitators: 2,
  rhythmAgreed: true,
  groundRulesAgreed: true,
  hasContactPerson: true,
  meetingsHeld: 6,
  meetingsWithoutFacilitators: 1,
  minMeetingsBeforeWithdrawal: 6,
  reason: "Deltagerne ønsker at stoppe",
};

const empty: TransitionFacts = {
  ageBand: "ADULTS",
  assignedFacilitators: 0,
  qualifiedFacilitators: 0,
  rhythmAgreed: false,
  groundRulesAgreed: false,
  hasContactPerson: false,
  meetingsHeld: 0,
  meetingsWithoutFacilitators: 0,
  minMeetingsBeforeWithdrawal: 6,
  reason: "",
};

type S = GroupStateValue;
const SAME = /har allerede tilstanden/;
const FROM_ENDED = /afsluttet og kan ikke skifte/;
const BACK = /kan ikke gå tilbage/;
const SKIP = /kan ikke springe trin over/;
const END_REASON = /begrundelse/;
const NO_FACILITATOR = /mindst én igangsætter/;
const READINESS = /Parathedstjekket er ikke færdigt/;
const NO_SOLO_MEETING = /uden igangsættere/;

/** Every from → to pair: with complete facts (null = allowed) and with no facts at all. */
const table: Record<S, Record<S, { complete: RegExp | null; empty: RegExp }>> = {
  PLANNED: {
    PLANNED: { complete: SAME, empty: SAME },
    STARTING: { complete: null, empty: NO_FACILITATOR },
    WITHDRAWING: { complete: SKIP, empty: SKIP },
    SELF_RUNNING: { complete: SKIP, empty: SKIP },
    ENDED: { complete: null, empty: END_REASON },
  },
  STARTING: {
    PLANNED: { complete: BACK, empty: BACK },
    STARTING: { complete: SAME, empty: SAME },
    WITHDRAWING: { complete: null, empty: READINESS },
    SELF_RUNNING: { complete: SKIP, empty: SKIP },
    ENDED: { complete: null, empty: END_REASON },
  },
  WITHDRAWING: {
    PLANNED: { complete: BACK, empty: BACK },
    STARTING: { complete: BACK, empty: BACK },
    WITHDRAWING: { complete: SAME, empty: SAME },
    SELF_RUNNING: { complete: null, empty: NO_SOLO_MEETING },
    ENDED: { complete: null, empty: END_REASON },
  },
  SELF_RUNNING: {
    PLANNED: { complete: BACK, empty: BACK },
    STARTING: { complete: BACK, empty: BACK },
    WITHDRAWING: { complete: BACK, empty: BACK },
    SELF_RUNNING: { complete: SAME, empty: SAME },
    ENDED: { complete: null, empty: END_REASON },
  },
  ENDED: {
    PLANNED: { complete: FROM_ENDED, empty: FROM_ENDED },
    STARTING: { complete: FROM_ENDED, empty: FROM_ENDED },
    WITHDRAWING: { complete: FROM_ENDED, empty: FROM_ENDED },
    SELF_RUNNING: { complete: FROM_ENDED, empty: FROM_ENDED },
    ENDED: { complete: SAME, empty: SAME },
  },
};

const pairs = GROUP_STATES.flatMap((from) => GROUP_STATES.map((to) => [from, to] as const));

describe("canTransition over every from → to pair", () => {
  it("covers all 25 pairs", () => {
    expect(pairs).toHaveLength(25);
    expect(Object.values(table).flatMap((row) => Object.keys(row))).toHaveLength(25);
  });

  it.each(pairs)("%s → %s with every precondition met", (from, to) => {
    const expected = table[from][to].complete;
    const result = canTransition(from, to, complete);
    if (expected === null) expect(result).toEqual({ ok: true });
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(expected);
    }
  });

  it.each(pairs)("%s → %s with no facts", (from, to) => {
    const result = canTransition(from, to, empty);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(table[from][to].empty);
  });

  it("gives every refusal in Danish and never empty", () => {
    for (const [from, to] of pairs) {
      const r = canTransition(from, to, empty);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(10);
    }
  });
});

describe("PLANNED → STARTING", () => {
  it("accepts one or two qualified facilitators", () => {
    expect(canTransition("PLANNED", "STARTING", { ...empty, assignedFacilitators: 1, qualifiedFacilitators: 1 })).toEqual({ ok: true });
    expect(canTransition("PLANNED", "STARTING", { ...empty, assignedFacilitators: 2, qualifiedFacilitators: 2 })).toEqual({ ok: true });
  });
  it("refuses more than two", () => {
    expect(canTransition("PLANNED", "STARTING", { ...empty, assignedFacilitators: 3, qualifiedFacilitators: 3 })).toEqual({
      ok: false,
      code: "TOO_MANY_FACILITATORS",
      reason: "En gruppe kan højst have to igangsættere.",
    });
  });
  it("refuses when an assigned facilitator is inactive or lacks the course", () => {
    const r = canTransition("PLANNED", "STARTING", { ...empty, assignedFacilitators: 2, qualifiedFacilitators: 1 });
    expect(r).toEqual({ ok: false, code: "FACILITATOR_NOT_QUALIFIED", reason: expect.stringMatching(/gennemført igangsætterkurset/) });
  });
});

describe("what a planned group needs to start (the checklist on its pages)", () => {
  it("is done exactly when the start is allowed, for every number of assigned and qualified facilitators", () => {
    for (let assigned = 0; assigned <= 3; assigned++) {
      for (let qualified = 0; qualified <= assigned; qualified++) {
        const facts = { ...empty, assignedFacilitators: assigned, qualifiedFacilitators: qualified };
        const allDone = startItems(facts).every((i) => i.done);
        expect(allDone, `${assigned} assigned, ${qualified} qualified`).toBe(canTransition("PLANNED", "STARTING", facts).ok);
      }
    }
  });
  it("says how many are assigned, and nothing about the withdrawal", () => {
    const items = startItems({ ...empty, assignedFacilitators: 1, qualifiedFacilitators: 0 });
    expect(items.map((i) => [i.label, i.done])).toEqual([
      ["Gruppen har 1–2 igangsættere tildelt (1 tildelt)", true],
      ["De tildelte igangsættere er aktive og har gennemført igangsætterkurset", false],
    ]);
    expect(JSON.stringify(items)).not.toMatch(/spilleregler|kontaktperson|møder/);
  });
});

describe("STARTING → WITHDRAWING (the readiness check)", () => {
  it.each([
    ["rhythmAgreed", false, /mødefrekvens/],
    ["groundRulesAgreed", false, /tavshedspligten/],
    ["hasContactPerson", false, /kontaktperson/],
    ["meetingsHeld", 5, /mindst 6 møder \(5 holdt\)/],
  ] as const)("refuses when %s is %s and names what is missing", (key, value, reason) => {
    const r = canTransition("STARTING", "WITHDRAWING", { ...complete, [key]: value });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(reason);
      expect(r.reason).toMatch(READINESS);
      expect(r.code).toBe("NOT_READY");
    }
  });
  it("uses the configured number of meetings", () => {
    expect(canTransition("STARTING", "WITHDRAWING", { ...complete, meetingsHeld: 3, minMeetingsBeforeWithdrawal: 3 })).toEqual({ ok: true });
    expect(canTransition("STARTING", "WITHDRAWING", { ...complete, meetingsHeld: 6, minMeetingsBeforeWithdrawal: 8 }).ok).toBe(false);
  });
  it.each(["CHILDREN", "YOUTH"] as const)("refuses %s groups even when ready: they keep their facilitators", (ageBand) => {
    const r = canTransition("STARTING", "WITHDRAWING", { ...complete, ageBand });
    expect(r).toEqual({ ok: false, code: "KEEPS_FACILITATORS", reason: expect.stringMatching(/børn og unge beholder deres igangsættere/) });
  });
  it("allows elderly groups like adults", () => {
    expect(canTransition("STARTING", "WITHDRAWING", { ...complete, ageBand: "ELDERLY" })).toEqual({ ok: true });
  });
});

describe("WITHDRAWING → SELF_RUNNING", () => {
  it("needs a meeting without facilitators", () => {
    expect(canTransition("WITHDRAWING", "SELF_RUNNING", { ...complete, meetingsWithoutFacilitators: 0 }).ok).toBe(false);
    expect(canTransition("WITHDRAWING", "SELF_RUNNING", { ...empty, meetingsWithoutFacilitators: 1 })).toEqual({ ok: true });
  });
  it.each(["CHILDREN", "YOUTH"] as const)("refuses %s groups", (ageBand) => {
    const r = canTransition("WITHDRAWING", "SELF_RUNNING", { ...complete, ageBand });
    expect(r).toEqual({ ok: false, code: "KEEPS_FACILITATORS", reason: expect.stringMatching(/bliver ikke selvkørende/) });
  });
});

describe("→ ENDED", () => {
  it.each(["PLANNED", "STARTING", "WITHDRAWING", "SELF_RUNNING"] as const)("from %s needs a non-blank reason", (from) => {
    expect(canTransition(from, "ENDED", { ...empty, reason: "   " }).ok).toBe(false);
    expect(canTransition(from, "ENDED", { ...empty, reason: null }).ok).toBe(false);
    expect(canTransition(from, "ENDED", { ...empty, ageBand: "CHILDREN", reason: "For få deltagere" })).toEqual({ ok: true });
  });
});

describe("helpers", () => {
  it("names the next step", () => {
    expect(GROUP_STATES.map(nextState)).toEqual(["STARTING", "WITHDRAWING", "SELF_RUNNING", null, null]);
  });
  it("lists the readiness items with their state", () => {
    expect(readinessItems(complete).every((i) => i.done)).toBe(true);
    expect(readinessItems(empty).map((i) => i.done)).toEqual([false, false, false, false]);
  });
});

describe("admission: can the group take a newcomer?", () => {
  const open: AdmissionFacts = { state: "STARTING", openForNewcomers: true, capacity: 8, activeParticipants: 3 };
  it("is open in every state but ENDED while the group is open and has a free seat", () => {
    for (const state of GROUP_STATES) expect(admission({ ...open, state })).toBe(state === "ENDED" ? "ENDED" : "OPEN");
    expect(admission({ ...open, activeParticipants: 7 })).toBe("OPEN");
  });
  it("names why not, ended first, then closed, then full", () => {
    expect(admission({ ...open, state: "ENDED", openForNewcomers: false, activeParticipants: 8 })).toBe("ENDED");
    expect(admission({ ...open, openForNewcomers: false, activeParticipants: 8 })).toBe("CLOSED");
    expect(admission({ ...open, activeParticipants: 8 })).toBe("FULL");
    expect(admission({ ...open, capacity: 4, activeParticipants: 5 })).toBe("FULL");
  });
  it("takesNewcomers and freeSeats say the same", () => {
    expect(takesNewcomers(open)).toBe(true);
    expect(takesNewcomers({ ...open, openForNewcomers: false })).toBe(false);
    expect(takesNewcomers({ ...open, activeParticipants: 8 })).toBe(false);
    expect(takesNewcomers({ ...open, state: "ENDED" })).toBe(false);
    expect(freeSeats(open)).toBe(5);
    expect(freeSeats({ capacity: 4, activeParticipants: 5 })).toBe(0);
  });
});

describe("what each state allows", () => {
  const where = (p: (s: GroupStateValue) => boolean) => GROUP_STATES.filter(p);
  it("records meetings and counts as running from the start until the group ends", () => {
    expect(where(isRunning)).toEqual(["STARTING", "WITHDRAWING", "SELF_RUNNING"]);
    expect([...RUNNING_STATES]).toEqual(where(isRunning));
  });
  it("has facilitators until the group runs itself", () => {
    expect(where(isFacilitated)).toEqual(["PLANNED", "STARTING", "WITHDRAWING"]);
    expect([...FACILITATED_STATES]).toEqual(where(isFacilitated));
    expect(where(isBeforeWithdrawal)).toEqual(["PLANNED", "STARTING"]);
  });
  it("lists every group in the catalogue until it ends", () => {
    expect(where(isListed)).toEqual(["PLANNED", "STARTING", "WITHDRAWING", "SELF_RUNNING"]);
    expect([...CATALOGUE_STATES]).toEqual(where(isListed));
  });
});
