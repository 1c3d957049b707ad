import { describe, expect, it } from "vitest";
import { escapeText, foldLine, formatLocal, formatUtc, productId, serializeCalendar, type CalendarEvent } from "@/lib/calendar/ics";

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: "group-abc@example.dk",
  stamp: new Date("2026-03-01T10:20:30Z"),
  start: { year: 2026, month: 3, day: 3, hour: 19, minute: 0 },
  end: { year: 2026, month: 3, day: 3, hour: 21, minute: 0 },
  recurrence: { interval: 1, weekday: 2 },
  summary: "Sorggruppe",
  ...overrides,
});

/** The physical lines of the text as UTF-8 bytes, each decoded strictly: a split inside a character throws. */
function physicalLines(text: string): string[] {
  const bytes = Buffer.from(text, "utf8");
  const lines: string[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(from, i);
      expect(line.length, `line ${lines.length + 1} is over 75 octets`).toBeLessThanOrEqual(75);
      lines.push(new TextDecoder("utf-8", { fatal: true }).decode(line));
      from = i + 2;
    }
  }
  expect(from, "the text ends with CRLF").toBe(bytes.length);
  return lines;
}

describe("TEXT escaping (RFC 5545 §3.3.11)", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", "a\\, b"],
    ["a; b", "a\\; b"],
    ["a\\b", "a\\\\b"],
    ["one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour"],
    ["\\,;", "\\\\\\,\\;"],
  ])("%j → %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe("line folding at 75 octets", () => {
  it("leaves a short line alone", () => {
    expect(foldLine("SUMMARY:Sorg")).toEqual(["SUMMARY:Sorg"]);
    expect(foldLine("X".repeat(75))).toEqual(["X".repeat(75)]);
  });

  it("folds a long ASCII line; unfolding gives it back", () => {
    const line = `DESCRIPTION:${"abcdefghij".repeat(30)}`;
    const folded = foldLine(line);
    expect(folded.length).toBeGreaterThan(3);
    expect(Buffer.byteLength(folded[0])).toBe(75);
    for (const l of folded.slice(1)) {
      expect(l.startsWith(" ")).toBe(true);
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    }
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(line);
  });

  it("never splits a multi-byte character (Danish letters, an emoji, a combining mark)", () => {
    for (const text of ["æøåÆØÅ".repeat(40), "x" + "😀".repeat(50), "ab" + "e\u0301".repeat(60), "Ø".repeat(37) + "x" + "Ø".repeat(80)]) {
      const folded = foldLine(`SUMMARY:${text}`);
      const unfolded = folded.map((l, i) => (i === 0 ? l : l.slice(1))).join("");
      expect(unfolded).toBe(`SUMMARY:${text}`);
      for (const l of folded) {
        expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
        // Re-encoding each line gives the same text only if no line holds half a character.
        expect(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(l, "utf8"))).toBe(l);
        expect(l).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]|^ [\uDC00-\uDFFF]/);
      }
    }
  });
});

describe("productId", () => {
  it("names the organisation of the settings in plain ASCII", () => {
    expect(productId("Selvhjælp Herning")).toBe("-//Selvhjaelp Herning//Grupper//DA");
    expect(productId("Ældre/Søstre på Ærø")).toBe("-//Aeldre Soestre paa Aeroe//Grupper//DA");
    expect(productId("")).toBe("-//Grupper//Grupper//DA");
  });
});

describe("serializeCalendar", () => {
  it("writes CRLF line endings, no bare line feed, folded lines of whole UTF-8 characters", () => {
    const text = serializeCalendar({
      name: "Mine grupper",
      producer: "Selvhjælp Herning",
      events: [
        event({ summary: "Pårørende til en, der har fået en alvorlig diagnose – gruppe for voksne i Herning og omegn", location: "Ø".repeat(100) }),
      ],
    });
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = physicalLines(text);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(lines.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(1);
  });

  it("has the calendar header, Denmark's VTIMEZONE with the EU rules and the event's properties", () => {
    const text = serializeCalendar({
      name: "Sorg, voksne",
      producer: "Selvhjælp Herning",
      refreshInterval: "PT6H",
      events: [event({ location: "Fredensgade 14, 7400 Herning", url: "https://x.dk/grupper/sorg" })],
    });
    const lines = text.split("\r\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "VERSION:2.0",
        "PRODID:-//Selvhjaelp Herning//Grupper//DA",
        "NAME:Sorg\\, voksne",
        "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
        "TZID:Europe/Copenhagen",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETTO:+0200",
        "TZOFFSETTO:+0100",
        "UID:group-abc@example.dk",
        "DTSTAMP:20260301T102030Z",
        "DTSTART;TZID=Europe/Copenhagen:20260303T190000",
        "DTEND;TZID=Europe/Copenhagen:20260303T210000",
        "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU",
        "SUMMARY:Sorggruppe",
        "LOCATION:Fredensgade 14\\, 7400 Herning",
        "URL:https://x.dk/grupper/sorg",
      ]),
    );
  });

  it("names every weekday and both intervals in the rule", () => {
    const days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    for (let weekday = 1; weekday <= 7; weekday++) {
      for (const interval of [1, 2] as const) {
        expect(serializeCalendar({ name: "x", producer: "Selvhjælp Herning", events: [event({ recurrence: { interval, weekday } })] })).toContain(
          `RRULE:FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${days[weekday - 1]}\r\n`,
        );
      }
    }
  });

  it("formats local and UTC times", () => {
    expect(formatLocal({ year: 2026, month: 1, day: 5, hour: 9, minute: 5 })).toBe("20260105T090500");
    expect(formatUtc(new Date("2026-12-31T23:59:58.900Z"))).toBe("20261231T235958Z");
  });
});
