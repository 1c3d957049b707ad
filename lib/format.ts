// Danish formatting of money, dates and times, in one place. Safe in the browser.
const TIME_ZONE = "Europe/Copenhagen";

const dateFormat = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const shortDateFormat = new Intl.DateTimeFormat("da-DK", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});

/** 10000 øre → "100 kr." (no decimals when whole kroner). */
export function formatKroner(ore: number): string {
  const kroner = ore / 100;
  const digits = Number.isInteger(kroner) ? 0 : 2;
  return `${new Intl.NumberFormat("da-DK", { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(kroner)} kr.`;
}

export function formatDate(date: Date | string): string {
  return dateFormat.format(new Date(date));
}

export function formatShortDate(date: Date | string): string {
  return shortDateFormat.format(new Date(date));
}

export function formatDateTime(date: Date | string): string {
  return dateTimeFormat.format(new Date(date));
}

/** "19:00" + 120 → "kl. 19.00–21.00" (Danish uses a full stop between hours and minutes). */
export function formatTimeRange(startTime: string, durationMinutes: number): string {
  const [h, m] = startTime.split(":").map(Number);
  const endTotal = (h * 60 + m + durationMinutes) % (24 * 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `kl. ${pad(h)}.${pad(m)}–${pad(Math.floor(endTotal / 60))}.${pad(endTotal % 60)}`;
}

/** 120 → "2 timer", 90 → "1½ time", 150 → "2½ timer", 45 → "45 minutter". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} minutter`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return hours === 1 ? "1 time" : `${hours} timer`;
  if (rest === 30) return hours === 1 ? "1½ time" : `${hours}½ timer`;
  return `${hours} t. ${rest} min.`;
}

/** A date as yyyy-mm-dd in Danish local time, for <input type="date">. */
export function toDateInputValue(date: Date | string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(date));
  return parts;
}
