// Field types shared by every schema: strict, bounded, and worded in Danish. Safe in the browser.
// Dates are calendar days (YYYY-MM-DD), checked against the real calendar and a sane range; "not after
// today" is evaluated each time a value is parsed, never once at module load.
import { z } from "./zod";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A calendar day as UTC midnight, or null when the text is not a real day within MIN_YEAR–MAX_YEAR. */
export function parseCalendarDay(text: string): Date | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** Today's calendar day in Danish time, as UTC midnight (comparable with parseCalendarDay). */
export function todayInDenmark(now = new Date()): Date {
  const text = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return parseCalendarDay(text)!;
}

type DayOptions = {
  /** Message when the field is empty or not a date. */
  message?: string;
  notAfterToday?: string;
  notBefore?: { date: string; message: string };
};

function dayFrom(v: unknown): unknown {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? v : v.toISOString().slice(0, 10);
  return typeof v === "string" ? v.trim() : v;
}

/** A required calendar day (YYYY-MM-DD; a Date is accepted from server code). */
export function calendarDay(opts: DayOptions = {}) {
  const message = opts.message ?? "Skriv en gyldig dato.";
  return z.preprocess(dayFrom, z.string({ error: message }).min(1, message)).transform((text, ctx) => {
    const date = parseCalendarDay(text);
    if (!date) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    if (opts.notAfterToday && date > todayInDenmark()) {
      ctx.addIssue({ code: "custom", message: opts.notAfterToday });
      return z.NEVER;
    }
    if (opts.notBefore && date < parseCalendarDay(opts.notBefore.date)!) {
      ctx.addIssue({ code: "custom", message: opts.notBefore.message });
      return z.NEVER;
    }
    return date;
  });
}

/** An optional calendar day: empty means null. */
export function optionalCalendarDay(opts: DayOptions = {}) {
  return z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), calendarDay(opts).nullable());
}

type IntOptions = { min: number; max: number; message: string; minMessage?: string; maxMessage?: string };

/** A whole number from a form field or a number; empty is an error (never silently 0). */
export function wholeNumber(o: IntOptions) {
  return z.preprocess(
    (v) => {
      if (typeof v === "number") return v;
      if (typeof v !== "string") return v;
      const t = v.trim();
      return /^-?\d{1,9}$/.test(t) ? Number(t) : t === "" ? undefined : Number.NaN;
    },
    z
      .number({ error: o.message })
      .int(o.message)
      .min(o.min, o.minMessage ?? o.message)
      .max(o.max, o.maxMessage ?? o.message),
  );
}

/** A checkbox: ticked ("on", "true", true) or not (absent, "", "false", false). Anything else is refused. */
export const checkbox = z.preprocess(
  (v) => (v === "on" || v === "true" || v === true ? true : v === undefined || v === null || v === "" || v === "false" || v === false ? false : v),
  z.boolean({ error: "Feltet har en ugyldig værdi." }),
);

/** A record id posted by a form. */
export const recordId = z.string({ error: "Mangler id." }).trim().min(1, "Mangler id.").max(64, "Ugyldigt id.");

// C0/C1 controls (tab and newlines are handled per field), bidi overrides/isolates and zero-width characters.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Text a person typed: NFC-normalised, trimmed, bounded, with no control or invisible characters. */
export function plainText(o: { max: number; min?: number; multiline?: boolean; message?: string; maxMessage?: string }) {
  const required = o.message ?? "Udfyld feltet.";
  return z
    .string({ error: required })
    .transform((s) => s.normalize("NFC").trim())
    .pipe(
      z
        .string()
        .min(o.min ?? 0, required)
        .max(o.max, o.maxMessage ?? `Højst ${o.max} tegn.`)
        .refine((s) => !UNSAFE.test(s) && (o.multiline || !/[\t\r\n]/.test(s)), "Teksten indeholder tegn, som ikke kan bruges."),
    );
}

/** Optional text: empty becomes null. */
export function optionalText(o: { max: number; multiline?: boolean; maxMessage?: string }) {
  return z.preprocess((v) => (v === undefined || v === null ? "" : v), plainText(o)).transform((s) => (s === "" ? null : s));
}
