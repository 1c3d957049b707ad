const DAY_MS = 86_400_000;

/** A date `days` days before `now`, at the same time of day. */
export function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
