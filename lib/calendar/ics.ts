// A small iCalendar (RFC 5545) writer for what this site publishes: recurring group meetings in
// Danish local time. Pure, no I/O; lib/calendar/group-event.ts turns a group into an event.

/** Local wall-clock time without a zone: the zone is always CALENDAR_TIMEZONE. */
export type LocalDateTime = { year: number; month: number; day: number; hour: number; minute: number };

export type CalendarEvent = {
  uid: string;
  /** When this description of the event last changed (DTSTAMP and LAST-MODIFIED). */
  stamp: Date;
  start: LocalDateTime;
  end: LocalDateTime;
  /** Weekly recurrence: every `interval` weeks on `weekday` (ISO 1 = Monday … 7 = Sunday). */
  recurrence: { interval: 1 | 2; weekday: number };
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
};

export type Calendar = {
  /** The calendar's own name, as calendar programs show a subscribed feed. */
  name: string;
  /** Who publishes it: the organisation's name (the settings), in the PRODID. */
  producer: string;
  /** How often a subscribing client should fetch the feed again (RFC 7986 REFRESH-INTERVAL), e.g. "PT12H". */
  refreshInterval?: string;
  events: CalendarEvent[];
};

export const CALENDAR_TIMEZONE = "Europe/Copenhagen";
const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/**
 * Denmark's zone as a VTIMEZONE: CET (+01:00) in winter, CEST (+02:00) from the last Sunday of March
 * at 02:00 until the last Sunday of October at 03:00 (the EU rule since 1996).
 */
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${CALENDAR_TIMEZONE}`,
  `X-LIC-LOCATION:${CALENDAR_TIMEZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** PRODID (RFC 5545 §3.7.3) "-//<producer>//Grupper//DA", in plain ASCII: æ, ø, å spelled out, no slashes. */
export function productId(producer: string): string {
  const ascii = producer
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae")
    .replace(/ø/g, "oe")
    .replace(/Ø/g, "Oe")
    .replace(/å/g, "aa")
    .replace(/Å/g, "Aa")
    .normalize("NFD")
    .replace(/[^\x20-\x7E]/g, "")
    .replace(/\//g, " ")
    .trim();
  return `-//${ascii || "Grupper"}//Grupper//DA`;
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const utf8Length = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * One content line folded to at most 75 octets per physical line (§3.1): each continuation starts
 * with a space, which counts towards its 75. Folds fall between characters, never inside a UTF-8
 * sequence or a surrogate pair.
 */
export function foldLine(line: string): string[] {
  if (utf8Length(line) <= 75) return [line];
  const out: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = utf8Length(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(out.length === 0 ? current : ` ${current}`);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(out.length === 0 ? current : ` ${current}`);
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** 20260324T190000: a local time, written with TZID. */
export function formatLocal(t: LocalDateTime): string {
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}00`;
}

/** 20260324T180000Z: an instant in UTC. */
export function formatUtc(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function eventLines(e: CalendarEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${formatUtc(e.stamp)}`,
    `LAST-MODIFIED:${formatUtc(e.stamp)}`,
    `DTSTART;TZID=${CALENDAR_TIMEZONE}:${formatLocal(e.start)}`,
    `DTEND;TZID=${CALENDAR_TIMEZONE}:${formatLocal(e.end)}`,
    `RRULE:FREQ=WEEKLY;INTERVAL=${e.recurrence.interval};BYDAY=${BYDAY[e.recurrence.weekday - 1]}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  // A URI value, not TEXT: written as it is (the site builds it from a slug, so it holds no line break).
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The whole calendar as iCalendar text: CRLF line endings, folded lines, one VTIMEZONE. */
export function serializeCalendar(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${productId(calendar.producer)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${CALENDAR_TIMEZONE}`,
    ...(calendar.refreshInterval
      ? [`REFRESH-INTERVAL;VALUE=DURATION:${calendar.refreshInterval}`, `X-PUBLISHED-TTL:${calendar.refreshInterval}`]
      : []),
    ...VTIMEZONE,
    ...calendar.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.flatMap(foldLine).join("\r\n") + "\r\n";
}
