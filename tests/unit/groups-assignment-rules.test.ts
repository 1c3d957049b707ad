import { describe, expect, it } from "vitest";
import { assignRefusalMessage, canAssign, releaseWarning, type AssignmentFacts } from "@/lib/groups/assignment-rules";

const ok: AssignmentFacts = {
  groupState: "PLANNED",
  activeAssignments: 0,
  alreadyAssigned: false,
  facilitatorActive: true,
  courseCompleted: true,
  facilitatorLoad: 0,
  maxGroupsPerFacilitator: 2,
};

describe("canAssign", () => {
  it.each(["PLANNED", "STARTING", "WITHDRAWING"] as const)("allows a qualified facilitator on a %s group", (groupState) => {
    expect(canAssign({ ...ok, groupState })).toEqual({ ok: true });
  });
  it.each([
    ["ENDED", "GROUP_ENDED", /afsluttet/],
    ["SELF_RUNNING", "GROUP_SELF_RUNNING", /kører selv/],
  ] as const)("refuses a %s group", (groupState, code, message) => {
    expect(canAssign({ ...ok, groupState })).toEqual({ ok: false, code });
    expect(assignRefusalMessage[code]).toMatch(message);
  });
  it("refuses an inactive facilitator", () => {
    expect(canAssign({ ...ok, facilitatorActive: false })).toEqual({ ok: false, code: "FACILITATOR_INACTIVE" });
  });
  it("refuses a facilitator without the course", () => {
    expect(canAssign({ ...ok, courseCompleted: false })).toEqual({ ok: false, code: "NO_COURSE" });
  });
  it("refuses a third facilitator, and the same one twice", () => {
    expect(canAssign({ ...ok, activeAssignments: 1 })).toEqual({ ok: true });
    expect(canAssign({ ...ok, activeAssignments: 2 })).toEqual({ ok: false, code: "GROUP_HAS_TWO" });
    expect(canAssign({ ...ok, activeAssignments: 1, alreadyAssigned: true })).toEqual({ ok: false, code: "ALREADY_ASSIGNED" });
  });
  it("warns, but allows, when the facilitator already carries the maximum", () => {
    expect(canAssign({ ...ok, facilitatorLoad: 1 })).toEqual({ ok: true });
    const r = canAssign({ ...ok, facilitatorLoad: 2 });
    expect(r).toEqual({ ok: true, warning: expect.stringMatching(/3 grupper.*de 2/) });
  });
});

describe("releaseWarning", () => {
  it("flags a running start-up left without facilitators", () => {
    expect(releaseWarning("STARTING", 0)).toMatch(/ingen igangsættere/);
    expect(releaseWarning("WITHDRAWING", 0)).toMatch(/ingen igangsættere/);
    expect(releaseWarning("STARTING", 1)).toBeUndefined();
    expect(releaseWarning("PLANNED", 0)).toBeUndefined();
  });
});
