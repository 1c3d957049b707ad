import { describe, expect, it } from "vitest";
import {
  countForming,
  countsTowardsMinimum,
  formingProgressOf,
  formingText,
  isForming,
  markerStep,
  minimumReached,
  showsExpectedStart,
  type FormingApplication,
} from "@/lib/groups/forming-rules";
import { APPLICATION_STATUSES } from "@/lib/applications/labels";
import { GROUP_STATES } from "@/lib/groups/labels";

const app = (memberId: string, over: Partial<FormingApplication> = {}): FormingApplication => ({
  memberId,
  status: "RECEIVED",
  awaitsConfirmation: false,
  intakeHeld: true,
  ...over,
});

describe("what counts towards a planned group's minimum", () => {
  it("only a planned group is forming", () => {
    expect(GROUP_STATES.filter(isForming)).toEqual(["PLANNED"]);
  });

  it("an open, confirmed application counts once its intake is held", () => {
    expect(countsTowardsMinimum(app("a"))).toBe(true);
    expect(countsTowardsMinimum(app("a", { status: "WAITLISTED" }))).toBe(true);
    expect(countsTowardsMinimum(app("a", { intakeHeld: false }))).toBe(false);
    expect(countsTowardsMinimum(app("a", { awaitsConfirmation: true }))).toBe(false);
  });

  it("declined, withdrawn and accepted applications do not count (an accepted one counts as its participation)", () => {
    const counting = APPLICATION_STATUSES.filter((status) => countsTowardsMinimum(app("a", { status })));
    expect(counting).toEqual(["RECEIVED", "WAITLISTED"]);
  });

  it("counts participants and counting applicants, each person once", () => {
    const applications = [
      app("m1"), // also a participant: counted once
      app("m2"),
      app("m2", { status: "WAITLISTED" }), // a second open application by the same person
      app("m3", { intakeHeld: false }),
      app("m4", { status: "DECLINED" }),
      app("m5", { awaitsConfirmation: true }),
    ];
    expect(countForming(["m1", "p2"], applications)).toBe(3);
    expect(countForming([], [])).toBe(0);
  });
});

describe("progress, the marker and the public line", () => {
  it("needs the difference to the minimum, never below 0", () => {
    expect(formingProgressOf(2, 4)).toEqual({ needed: 2, counted: 2, minimum: 4 });
    expect(formingProgressOf(6, 4)).toEqual({ needed: 0, counted: 6, minimum: 4 });
    expect(minimumReached(formingProgressOf(3, 4))).toBe(false);
    expect(minimumReached(formingProgressOf(4, 4))).toBe(true);
  });

  it("sets the marker on the crossing, clears it below the minimum and otherwise leaves it", () => {
    expect(markerStep(true, false)).toBe("SET");
    expect(markerStep(true, true)).toBe("KEEP");
    expect(markerStep(false, true)).toBe("CLEAR");
    expect(markerStep(false, false)).toBe("KEEP");
  });

  it("says how many are missing in Danish, singular and plural, and names nobody", () => {
    expect(formingText(formingProgressOf(2, 4))).toBe("Gruppen samles: der mangler 2 deltagere, før vi starter");
    expect(formingText(formingProgressOf(3, 4))).toBe("Gruppen samles: der mangler 1 deltager, før vi starter");
    expect(formingText(formingProgressOf(5, 4))).toBe("Gruppen samles: der er nok deltagere, og vi går snart i gang");
  });

  it("shows the expected start only from today on, also from a cached ISO string", () => {
    const today = new Date("2027-03-01T00:00:00Z");
    expect(showsExpectedStart(new Date("2027-03-01T00:00:00Z"), today)).toBe(true);
    expect(showsExpectedStart("2027-04-01T00:00:00.000Z", today)).toBe(true);
    expect(showsExpectedStart(new Date("2027-02-28T00:00:00Z"), today)).toBe(false);
    expect(showsExpectedStart(null, today)).toBe(false);
    expect(showsExpectedStart(undefined, today)).toBe(false);
  });
});
