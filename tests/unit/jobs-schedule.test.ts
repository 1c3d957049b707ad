import { describe, expect, it } from "vitest";
import { JOB_NAMES, JOBS, scheduleText, summaryText } from "@/lib/jobs/labels";
import {
  danishTimeOn,
  isDue,
  jobHealth,
  needsAttention,
  nextDailySlot,
  nextRunAt,
  RETRY_AFTER_FAILURE_MS,
  settledLast,
  TICK_MS,
  type LastRun,
  type Schedule,
} from "@/lib/jobs/schedule";

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const daily: Schedule = { kind: "daily", at: "09:00" };
const everyMinute: Schedule = { kind: "interval", minutes: 1 };
const ok = (startedAt: string): LastRun => ({ startedAt: at(startedAt), finishedAt: at(startedAt), outcome: "OK" });

describe("Danish wall-clock times", () => {
  it.each([
    ["2026-01-15", "09:00", "2026-01-15T08:00:00.000Z"], // winter: UTC+1
    ["2026-07-15", "09:00", "2026-07-15T07:00:00.000Z"], // summer: UTC+2
    ["2026-03-29", "03:00", "2026-03-29T01:00:00.000Z"], // the spring change (02:00 → 03:00): 03:00 is already summer time
    ["2026-03-28", "09:00", "2026-03-28T08:00:00.000Z"], // the day before: still winter
    ["2026-10-25", "09:00", "2026-10-25T08:00:00.000Z"], // the autumn change (03:00 → 02:00): back to winter
    ["2026-10-24", "00:30", "2026-10-23T22:30:00.000Z"], // half past midnight in summer is the evening before in UTC
  ])("%s at %s is %s", (d, time, expected) => {
    expect(danishTimeOn(day(d), time).toISOString()).toBe(expected);
  });

  it("the next daily slot is later today when the time has not come, else tomorrow", () => {
    expect(nextDailySlot(at("2026-01-15T07:59:00Z"), "09:00").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(nextDailySlot(at("2026-01-15T08:00:00Z"), "09:00").toISOString()).toBe("2026-01-16T08:00:00.000Z");
    // 23:30 UTC on 15 January is already 16 January in Denmark.
    expect(nextDailySlot(at("2026-01-15T23:30:00Z"), "09:00").toISOString()).toBe("2026-01-16T08:00:00.000Z");
  });
});

describe("when a job runs next (from its last run, so every instance agrees)", () => {
  const now = at("2026-01-15T12:00:00Z");

  it("a job that never ran is due at once", () => {
    expect(nextRunAt(daily, null, null, now)).toEqual(now);
    expect(isDue(daily, null, null, now)).toBe(true);
  });

  it("a daily job runs at its next slot after the last start, whenever that was", () => {
    expect(nextRunAt(daily, ok("2026-01-15T08:00:05Z"), null, now).toISOString()).toBe("2026-01-16T08:00:00.000Z");
    // Run by hand in the afternoon: still tomorrow morning, not 24 hours on.
    expect(nextRunAt(daily, ok("2026-01-14T15:00:00Z"), null, now).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(isDue(daily, ok("2026-01-14T15:00:00Z"), null, now)).toBe(true);
    expect(isDue(daily, ok("2026-01-15T08:00:05Z"), null, now)).toBe(false);
  });

  it("an interval job runs the interval after the last start", () => {
    expect(nextRunAt(everyMinute, ok("2026-01-15T11:59:30Z"), null, now).toISOString()).toBe("2026-01-15T12:00:30.000Z");
    expect(isDue(everyMinute, ok("2026-01-15T11:59:00Z"), null, now)).toBe(true);
  });

  it("a failed run is tried again after RETRY_AFTER_FAILURE_MS, or at the next slot when that is sooner", () => {
    const failed: LastRun = { startedAt: at("2026-01-15T08:00:00Z"), finishedAt: at("2026-01-15T08:00:10Z"), outcome: "FAILED" };
    expect(nextRunAt(daily, failed, null, now).getTime()).toBe(at("2026-01-15T08:00:10Z").getTime() + RETRY_AFTER_FAILURE_MS);
    const failedMinute: LastRun = { ...failed, startedAt: at("2026-01-15T11:59:50Z"), finishedAt: at("2026-01-15T11:59:55Z") };
    expect(nextRunAt(everyMinute, failedMinute, null, now).toISOString()).toBe("2026-01-15T12:00:50.000Z");
  });

  it("a request ('Kør nu') after the last start makes the job due now; one from before that start is answered", () => {
    const last = ok("2026-01-15T08:00:00Z");
    expect(isDue(daily, last, at("2026-01-15T11:00:00Z"), now)).toBe(true);
    expect(isDue(daily, last, at("2026-01-15T07:00:00Z"), now)).toBe(false);
    expect(isDue(daily, last, last.startedAt, now)).toBe(false);
  });

  it("a run without an outcome counts as failed once nobody holds the lease (its process died), not while it is held", () => {
    const died: LastRun = { startedAt: at("2026-01-15T08:00:00Z"), finishedAt: null, outcome: null };
    expect(settledLast(died, true)).toEqual(died);
    expect(settledLast(died, false)).toEqual({ ...died, outcome: "FAILED" });
    expect(isDue(daily, settledLast(died, false), null, now)).toBe(true);
    expect(isDue(daily, settledLast(died, true), null, now)).toBe(false);
  });
});

describe("a job's health on the overview", () => {
  const now = at("2026-01-15T12:00:00Z");
  it.each<[string, LastRun | null, boolean, string]>([
    ["never ran", null, false, "never"],
    ["ran this morning", ok("2026-01-15T08:00:00Z"), false, "ok"],
    ["ran two days ago, within 2 × 24 h", ok("2026-01-13T12:30:00Z"), false, "ok"],
    ["last ran over 2 × 24 h ago", ok("2026-01-13T11:00:00Z"), false, "overdue"],
    ["failed", { startedAt: at("2026-01-15T08:00:00Z"), finishedAt: at("2026-01-15T08:00:01Z"), outcome: "FAILED" }, false, "failed"],
    ["running, lease held", { startedAt: at("2026-01-15T11:59:00Z"), finishedAt: null, outcome: null }, true, "running"],
    ["no outcome and no lease: died", { startedAt: at("2026-01-15T11:59:00Z"), finishedAt: null, outcome: null }, false, "failed"],
  ])("%s → %s", (_name, last, held, expected) => {
    expect(jobHealth(daily, last, held, now)).toBe(expected);
  });

  it("an every-minute job is overdue only past two minutes and one tick of the runner", () => {
    expect(jobHealth(everyMinute, ok(new Date(now.getTime() - 2 * 60_000 - TICK_MS + 1000).toISOString()), false, now)).toBe("ok");
    expect(jobHealth(everyMinute, ok(new Date(now.getTime() - 2 * 60_000 - TICK_MS - 1000).toISOString()), false, now)).toBe("overdue");
  });

  it("the overview warns about failed and overdue jobs only", () => {
    expect((["ok", "running", "failed", "overdue", "never"] as const).filter(needsAttention)).toEqual(["failed", "overdue"]);
  });
});

describe("the jobs' words", () => {
  it("every job has a label, a description and a schedule", () => {
    for (const name of JOB_NAMES) {
      expect(JOBS[name].label).toMatch(/\S/);
      expect(JOBS[name].description).toMatch(/\S/);
      expect(scheduleText(JOBS[name].schedule)).toMatch(/^hver/);
    }
    expect(scheduleText({ kind: "daily", at: "09:00" })).toBe("hver dag kl. 09.00");
  });

  it("the summary shows known counts only, never other keys or text", () => {
    expect(summaryText(JSON.stringify({ sent: 2, failed: 0 }))).toBe("2 sendt, 0 opgivet");
    expect(summaryText(JSON.stringify({ name: "Mette", email: 3, sent: "x" }))).toBe("");
    expect(summaryText("not json")).toBe("");
    expect(summaryText(null)).toBe("");
  });
});
