const DAY_MS = 86_400_000;

/** A date `days` days before `now`, at the same time of day. */
export function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** A date `days` days after `now`. */
export function daysAhead(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}
