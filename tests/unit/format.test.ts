import { describe, expect, it } from "vitest";
import { formatDuration, formatKroner, formatTimeRange } from "@/lib/format";

describe("Danish formatting", () => {
  it("formats øre as kroner", () => {
    expect(formatKroner(10000)).toBe("100 kr.");
    expect(formatKroner(12550)).toBe("125,50 kr.");
  });
  it("formats a meeting time as a range with Danish separators", () => {
    expect(formatTimeRange("19:00", 120)).toBe("kl. 19.00–21.00");
    expect(formatTimeRange("09:30", 90)).toBe("kl. 09.30–11.00");
  });
  it("formats durations in words", () => {
    expect(formatDuration(120)).toBe("2 timer");
    expect(formatDuration(90)).toBe("1½ time");
    expect(formatDuration(45)).toBe("45 minutter");
  });
});
