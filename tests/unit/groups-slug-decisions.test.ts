import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "@/lib/groups/slug";
import { describeDecisionChanges, type GroupDecisions } from "@/lib/groups/decisions";

describe("slugify", () => {
  it("spells the Danish letters out", () => {
    expect(slugify("Sorggruppe for pårørende – Ærø")).toBe("sorggruppe-for-paaroerende-aeroe");
    expect(slugify("Øst for Åen")).toBe("oest-for-aaen");
  });
  it("drops other accents and punctuation", () => {
    expect(slugify("  Café-gruppen: (ny!)  ")).toBe("cafe-gruppen-ny");
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("gruppe");
  });
});

describe("uniqueSlug", () => {
  it("adds the first free number", () => {
    expect(uniqueSlug("sorg", [])).toBe("sorg");
    expect(uniqueSlug("sorg", ["sorg", "sorg-2"])).toBe("sorg-3");
  });
});

describe("describeDecisionChanges", () => {
  const before: GroupDecisions = { cadence: "BIWEEKLY", weekday: 2, startTime: "19:00", openForNewcomers: true, plannedEndDate: null };
  it("describes nothing when nothing changed", () => {
    expect(describeDecisionChanges(before, { ...before })).toEqual([]);
  });
  it("describes each change in Danish", () => {
    const after: GroupDecisions = {
      cadence: "WEEKLY",
      weekday: 4,
      startTime: "17:30",
      openForNewcomers: false,
      plannedEndDate: new Date("2027-06-01"),
    };
    expect(describeDecisionChanges(before, after)).toEqual([
      "Mødefrekvens: hver uge",
      "Mødedag: torsdag",
      "Mødetid: kl. 17.30",
      "Lukket for nye deltagere",
      "Planlagt slutdato: 1. juni 2027",
    ]);
  });
});
