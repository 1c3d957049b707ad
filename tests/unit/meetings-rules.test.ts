import { describe, expect, it } from "vitest";
import { earliestMeetingDay, isBeforeStart } from "@/lib/meetings/rules";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("the first day a meeting can be dated", () => {
  it("is the Danish calendar day of the start, also when the start was late in the evening in UTC", () => {
    expect(earliestMeetingDay(new Date("2026-03-10T22:30:00Z"))).toEqual(day("2026-03-10")); // 23:30 in Denmark
    expect(earliestMeetingDay(new Date("2026-03-10T23:30:00Z"))).toEqual(day("2026-03-11")); // 00:30 the next day
    expect(earliestMeetingDay(day("2026-07-01"))).toEqual(day("2026-07-01")); // a day set in the form
    expect(earliestMeetingDay(null)).toBeNull();
  });

  it("refuses only days before it", () => {
    const start = new Date("2026-03-10T09:00:00Z");
    expect(isBeforeStart(day("2026-03-09"), start)).toBe(true);
    expect(isBeforeStart(day("2026-03-10"), start)).toBe(false);
    expect(isBeforeStart(day("2020-01-01"), null)).toBe(false);
  });
});
