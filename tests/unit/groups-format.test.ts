import { describe, expect, it } from "vitest";
import { durationText, newcomerText, rhythmText, scheduleText, stateText } from "@/components/groups/group-format";

describe("Danish wording of a group's facts", () => {
  it("says the rhythm", () => {
    expect(rhythmText("WEEKLY")).toBe("Hver uge");
    expect(rhythmText("BIWEEKLY")).toBe("Hver anden uge");
    expect(rhythmText("OTHER")).toBe("Efter aftale");
  });

  it("says the weekday and the time range, Danish style", () => {
    expect(scheduleText({ weekday: 2, startTime: "19:00", durationMinutes: 120 })).toBe("Tirsdag kl. 19.00–21.00");
    expect(scheduleText({ weekday: 1, startTime: "16:00", durationMinutes: 90 })).toBe("Mandag kl. 16.00–17.30");
    expect(scheduleText({ weekday: 6, startTime: "09:30", durationMinutes: 45 })).toBe("Lørdag kl. 09.30–10.15");
  });

  it("says plainly when the day or the time is not decided", () => {
    expect(scheduleText({ weekday: null, startTime: null, durationMinutes: 120 })).toBe("Dag og tidspunkt aftales med deltagerne");
    expect(scheduleText({ weekday: 4, startTime: null, durationMinutes: 120 })).toBe("Torsdag, tidspunktet aftales");
  });

  it("says the duration", () => {
    expect(durationText(120)).toBe("2 timer");
    expect(durationText(90)).toBe("1½ time");
  });

  it("says the lifecycle state in plain Danish", () => {
    expect(stateText("PLANNED")).toBe("Gruppen er under planlægning");
    expect(stateText("STARTING")).toBe("Gruppen er i opstart med igangsættere");
    expect(stateText("WITHDRAWING")).toBe("Igangsætterne er ved at trække sig");
    expect(stateText("SELF_RUNNING")).toBe("Gruppen kører selv");
    expect(stateText("ENDED")).toBe("Gruppen er afsluttet");
  });

  it("says whether the group takes newcomers, and why not", () => {
    expect(newcomerText({ state: "STARTING", takesNewcomers: true, isFull: false })).toBe("Tager imod nye deltagere");
    expect(newcomerText({ state: "STARTING", takesNewcomers: false, isFull: true })).toBe("Gruppen er fuld lige nu");
    expect(newcomerText({ state: "SELF_RUNNING", takesNewcomers: false, isFull: false })).toBe("Tager ikke imod nye deltagere lige nu");
    expect(newcomerText({ state: "ENDED", takesNewcomers: false, isFull: false })).toMatch(/afsluttet/);
  });
});
