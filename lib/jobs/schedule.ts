// When an automatic job runs next and whether it is healthy, as pure functions of its last run as the
// database records it (JobRun), so that every instance of the site computes the same answer. Daily
// times are Danish wall-clock times (Europe/Copenhagen), summer and winter alike. Safe in the browser.
import { todayInDenmark } from "@/lib/validation/fields";

export type Schedule = { kind: "interval"; minutes: number } | { kind: "daily"; at: `${number}:${number}` };

export type RunOutcome = "OK" | "FAILED";
/** The latest run of a job; `outcome` is null while it runs (or when its process died mid-run). */
export type LastRun = { startedAt: Date; finishedAt: Date | null; outcome: RunOutcome | null };

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A failed run is tried again this soon (or at its next regular time, when that comes first). */
export const RETRY_AFTER_FAILURE_MS = 30 * MINUTE;

/** How often each process looks for due jobs (lib/jobs/runner.ts). */
export const TICK_MS = 30_000;

/** The time between two regular runs. */
export function periodMs(schedule: Schedule): number {
  return schedule.kind === "interval" ? schedule.minutes * MINUTE : DAY;
}

/** How far Copenhagen's clock is ahead of UTC at `at` (1 or 2 hours), in ms. */
function copenhagenOffsetMs(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Copenhagen",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant at which Danish clocks show `at` ("HH:MM") on `day` (a calendar day stored as UTC midnight). */
export function danishTimeOn(day: Date, at: string): Date {
  const [h, m] = at.split(":").map(Number);
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), h, m);
  // The offset at the first guess, then at the corrected instant: right on the days the clocks change.
  const first = wall - copenhagenOffsetMs(new Date(wall));
  return new Date(wall - copenhagenOffsetMs(new Date(first)));
}

/** The first daily slot (Danish time `at`) strictly after `after`. */
export function nextDailySlot(after: Date, at: string): Date {
  const today = todayInDenmark(after);
  const slot = danishTimeOn(today, at);
  return slot > after ? slot : danishTimeOn(new Date(today.getTime() + DAY), at);
}

/**
 * When the job is due next: at once when it never ran or an administrator asked for a run after the
 * last one started; else the regular time after the last start (the next daily slot, or the interval
 * on); after a failure, RETRY_AFTER_FAILURE_MS after it ended when that comes sooner.
 */
export function nextRunAt(schedule: Schedule, last: LastRun | null, requestedAt: Date | null, now: Date): Date {
  if (requestedAt && (!last || requestedAt > last.startedAt)) return requestedAt < now ? requestedAt : now;
  if (!last) return now;
  let next = schedule.kind === "interval" ? new Date(last.startedAt.getTime() + periodMs(schedule)) : nextDailySlot(last.startedAt, schedule.at);
  if (last.outcome === "FAILED") {
    const retry = new Date((last.finishedAt ?? last.startedAt).getTime() + Math.min(RETRY_AFTER_FAILURE_MS, periodMs(schedule)));
    if (retry < next) next = retry;
  }
  return next;
}

/** A run without an outcome whose lease nobody holds has died with its process: it counts as failed. */
export function settledLast<T extends LastRun>(last: T | null, leaseHeld: boolean): T | null {
  if (!last || last.outcome !== null || leaseHeld) return last;
  return { ...last, outcome: "FAILED" };
}

export function isDue(schedule: Schedule, last: LastRun | null, requestedAt: Date | null, now: Date): boolean {
  return nextRunAt(schedule, last, requestedAt, now) <= now;
}

/**
 * ok; running (a run holds the lease now); failed (the last run failed, or it stopped without an
 * outcome and nobody holds the lease: its process died); overdue (no run started for twice the
 * period, plus one tick of the runner's clock); never (no run recorded yet).
 */
export type JobHealth = "ok" | "running" | "failed" | "overdue" | "never";

export function jobHealth(schedule: Schedule, last: LastRun | null, leaseHeld: boolean, now: Date): JobHealth {
  if (!last) return "never";
  if (last.outcome === null) return leaseHeld ? "running" : "failed";
  if (last.outcome === "FAILED") return "failed";
  if (now.getTime() - last.startedAt.getTime() > 2 * periodMs(schedule) + TICK_MS) return "overdue";
  return "ok";
}

/** Whether the administrators' overview should warn about the job. */
export const needsAttention = (health: JobHealth) => health === "failed" || health === "overdue";
