import { afterEach, describe, expect, it, vi } from "vitest";
import {
  calendarDay,
  checkbox,
  optionalCalendarDay,
  optionalText,
  parseCalendarDay,
  plainText,
  recordId,
  todayInDenmark,
  wholeNumber,
} from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

// Every message a person can see must be Danish: none of zod's English defaults may leak through.
const ENGLISH = /invalid|expected|received|required|too (big|small)|must be|\b(string|number|boolean|object|array|undefined|null|nan)\b/i;

const messages = (r: { success: boolean; error?: z.ZodError }) => (r.success ? [] : r.error!.issues.map((i) => i.message));
const describe_ = (v: unknown) =>
  typeof v === "string"
    ? JSON.stringify(v.slice(0, 20))
    : typeof v === "bigint" || typeof v === "symbol" || typeof v === "function"
      ? typeof v
      : Object.prototype.toString.call(v);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

describe("calendar days", () => {
  const day = calendarDay();

  it.each([
    "2026-02-30",
    "2025-02-29",
    "2026-04-31",
    "1",
    "10000-01-01",
    "-0001-01-01",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "1899-12-31",
    "2101-01-01",
    "2026-1-01",
    "26-01-01",
    "2026/01/01",
    "2026-01-01T00:00",
    "",
    "   ",
  ])("refuses %j with the Danish date message", (text) => {
    expect(parseCalendarDay(text.trim())).toBeNull();
    const r = day.safeParse(text);
    expect(r.success).toBe(false);
    expect(messages(r)).toEqual(["Skriv en gyldig dato."]);
  });

  it.each([
    ["2024-02-29", "2024-02-29"],
    ["2000-02-29", "2000-02-29"],
    ["1900-01-01", "1900-01-01"],
    ["2100-12-31", "2100-12-31"],
    [" 2026-03-01 ", "2026-03-01"],
  ])("accepts the real day %j as UTC midnight", (text, iso) => {
    const r = day.safeParse(text);
    expect(r.success).toBe(true);
    expect((r.data as Date).toISOString()).toBe(`${iso}T00:00:00.000Z`);
  });

  it("takes a Date from server code, but refuses an invalid Date and other types in Danish", () => {
    expect(isoDay(day.parse(new Date("2025-06-01T00:00:00Z")))).toBe("2025-06-01");
    for (const bad of [new Date("nope"), 20260101, null, undefined, true, {}, []]) {
      const r = day.safeParse(bad);
      expect(r.success, String(bad)).toBe(false);
      expect(messages(r).join(" ")).toMatch(/^Skriv en gyldig dato\./);
    }
  });

  it("uses the field's own message", () => {
    const r = calendarDay({ message: "Skriv datoen for mødet." }).safeParse("2026-02-30");
    expect(messages(r)).toEqual(["Skriv datoen for mødet."]);
  });

  it("notBefore refuses earlier days with its message", () => {
    const s = calendarDay({ notBefore: { date: "2000-01-01", message: "For langt tilbage." } });
    expect(messages(s.safeParse("1999-12-31"))).toEqual(["For langt tilbage."]);
    expect(s.safeParse("2000-01-01").success).toBe(true);
  });

  it("optional days: empty, null and absent are null; a wrong day is still refused", () => {
    const s = optionalCalendarDay();
    expect(s.parse("")).toBeNull();
    expect(s.parse(null)).toBeNull();
    expect(s.parse(undefined)).toBeNull();
    expect(s.safeParse("2026-02-30").success).toBe(false);
  });
});

describe("'not after today' is judged when a value is parsed, not when the schema was built", () => {
  afterEach(() => vi.useRealTimers());

  it("accepts today's date three days later with a schema built before", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-10T12:00:00Z"));
    // Built now, at "module load" of a form's schema.
    const heldOn = calendarDay({ notAfterToday: "Datoen kan ikke ligge ude i fremtiden." });
    expect(heldOn.safeParse("2026-03-10").success).toBe(true);
    expect(messages(heldOn.safeParse("2026-03-13"))).toEqual(["Datoen kan ikke ligge ude i fremtiden."]);

    vi.setSystemTime(new Date("2026-03-13T12:00:00Z"));
    const today = isoDay(todayInDenmark());
    expect(today).toBe("2026-03-13");
    expect(heldOn.safeParse(today).success).toBe(true);
    expect(heldOn.safeParse("2026-03-14").success).toBe(false);
  });

  it("also for a schema imported at module load (the applications intake form)", async () => {
    const { intakeInput } = await import("@/lib/applications/schema");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.now() + 3 * 86_400_000));
    const today = isoDay(todayInDenmark());
    const r = intakeInput.safeParse({ applicationId: "a1", heldOn: today, byUserId: "u1" });
    expect(r.success).toBe(true);
  });

  it("'today' is the Danish calendar day (after midnight in Copenhagen, before midnight in UTC)", () => {
    expect(isoDay(todayInDenmark(new Date("2026-06-30T22:30:00Z")))).toBe("2026-07-01");
    expect(isoDay(todayInDenmark(new Date("2026-01-31T23:30:00Z")))).toBe("2026-02-01");
    expect(isoDay(todayInDenmark(new Date("2026-01-31T22:30:00Z")))).toBe("2026-01-31");
  });
});

describe("whole numbers", () => {
  const n = wholeNumber({ min: 1, max: 30, message: "Skriv et helt tal mellem 1 og 30.", minMessage: "Mindst 1.", maxMessage: "Højst 30." });

  it("empty is an error, never a silent 0", () => {
    for (const empty of ["", "   ", undefined]) {
      const r = n.safeParse(empty);
      expect(r.success, JSON.stringify(empty)).toBe(false);
      expect(messages(r)).toEqual(["Skriv et helt tal mellem 1 og 30."]);
    }
    const zeroAllowed = wholeNumber({ min: 0, max: 5, message: "Skriv et tal." });
    expect(zeroAllowed.safeParse("").success).toBe(false);
    expect(zeroAllowed.parse("0")).toBe(0);
  });

  it.each(["1e3", "12.5", "12,5", "0x10", "+7", "7 7", "abc", "Infinity", "NaN", "1234567890", "--1", "١٢"])("refuses %j", (text) => {
    const r = n.safeParse(text);
    expect(r.success).toBe(false);
    expect(messages(r)).toEqual(["Skriv et helt tal mellem 1 og 30."]);
  });

  it("trims the text: ' 7 ' is 7", () => {
    expect(n.parse(" 7 ")).toBe(7);
    expect(n.parse("\t12\n")).toBe(12);
    expect(n.parse("007")).toBe(7);
  });

  it("keeps the bounds with their own messages", () => {
    expect(n.parse("1")).toBe(1);
    expect(n.parse("30")).toBe(30);
    expect(messages(n.safeParse("0"))).toEqual(["Mindst 1."]);
    expect(messages(n.safeParse("-5"))).toEqual(["Mindst 1."]);
    expect(messages(n.safeParse("31"))).toEqual(["Højst 30."]);
    expect(messages(n.safeParse(31))).toEqual(["Højst 30."]);
  });

  it("numbers from server code: whole and finite only", () => {
    expect(n.parse(5)).toBe(5);
    for (const bad of [12.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const r = n.safeParse(bad);
      expect(r.success, String(bad)).toBe(false);
      expect(messages(r).join(" ")).not.toMatch(ENGLISH);
    }
  });

  it("other types are refused with the field's message", () => {
    for (const bad of [null, true, {}, [], [7], new Date()]) {
      expect(messages(n.safeParse(bad))).toEqual(["Skriv et helt tal mellem 1 og 30."]);
    }
  });
});

describe("checkboxes", () => {
  const form = z.object({ agree: checkbox });

  it.each([
    ["on", true],
    ["true", true],
    [true, true],
    ["", false],
    ["false", false],
    [false, false],
    [null, false],
  ])("%j is %s", (value, expected) => {
    expect(checkbox.parse(value)).toBe(expected);
  });

  it("absent is not ticked", () => {
    expect(form.parse({})).toEqual({ agree: false });
  });

  it("refuses anything else in Danish: an object, a list, other words and numbers", () => {
    for (const value of [{}, { on: true }, [], ["on"], "yes", "ON", "1", 1, 0]) {
      const r = checkbox.safeParse(value);
      expect(r.success, JSON.stringify(value)).toBe(false);
      expect(messages(r)).toEqual(["Feltet har en ugyldig værdi."]);
    }
    expect(form.safeParse({ agree: {} }).success).toBe(false);
  });
});

describe("free text", () => {
  const line = plainText({ max: 20, min: 1 });
  const note = plainText({ max: 200, multiline: true });
  const unusable = "Teksten indeholder tegn, som ikke kan bruges.";

  it("normalises to NFC and trims", () => {
    const decomposed = "Se\u0301ren  "; // e + combining acute
    const out = line.parse(decomposed);
    expect(out).toBe("S\u00e9ren");
    expect(out).toHaveLength(5);
    // Measured after normalisation: 20 composed letters fit in max 20.
    expect(line.safeParse("e\u0301".repeat(20)).success).toBe(true);
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["ESC", "a\u001B[31mb"],
    ["BEL", "a\u0007b"],
    ["DEL", "a\u007Fb"],
    ["C1 NEL", "a\u0085b"],
    ["RLO", "abc\u202Egpj.exe"],
    ["LRI", "a\u2066b"],
    ["zero-width space", "a\u200Bb"],
    ["zero-width joiner", "a\u200Db"],
    ["word joiner", "a\u2060b"],
    ["BOM", "a\uFEFFb"],
  ])("refuses %s", (_name, text) => {
    expect(messages(line.safeParse(text))).toEqual([unusable]);
    expect(messages(note.safeParse(text))).toEqual([unusable]);
  });

  it("allows newlines and tabs only in multiline fields", () => {
    for (const text of ["a\nb", "a\r\nb", "a\tb"]) {
      expect(messages(line.safeParse(text))).toEqual([unusable]);
      expect(note.parse(text)).toBe(text);
    }
  });

  it("keeps Danish letters and ordinary punctuation", () => {
    expect(line.parse("Æble, øl & å – ok!")).toBe("Æble, øl & å – ok!");
  });

  it("bounds with Danish messages", () => {
    expect(messages(line.safeParse("   "))).toEqual(["Udfyld feltet."]);
    expect(messages(line.safeParse("x".repeat(21)))).toEqual(["Højst 20 tegn."]);
    expect(messages(plainText({ max: 3, maxMessage: "Kortere, tak." }).safeParse("abcd"))).toEqual(["Kortere, tak."]);
    expect(messages(line.safeParse(undefined))).toEqual(["Udfyld feltet."]);
    expect(messages(line.safeParse(42))).toEqual(["Udfyld feltet."]);
  });

  it("optional text: empty and absent become null", () => {
    const s = optionalText({ max: 10 });
    expect(s.parse("")).toBeNull();
    expect(s.parse("  ")).toBeNull();
    expect(s.parse(undefined)).toBeNull();
    expect(s.parse(null)).toBeNull();
    expect(s.parse(" hej ")).toBe("hej");
    expect(s.safeParse("a\u202Eb").success).toBe(false);
  });

  it("record ids: trimmed, present, bounded", () => {
    expect(recordId.parse(" abc ")).toBe("abc");
    expect(messages(recordId.safeParse(""))).toEqual(["Mangler id."]);
    expect(messages(recordId.safeParse(undefined))).toEqual(["Mangler id."]);
    expect(messages(recordId.safeParse("x".repeat(65)))).toEqual(["Ugyldigt id."]);
  });
});

describe("every default message is Danish", () => {
  const schemas: Record<string, z.ZodType> = {
    string: z.string(),
    number: z.number(),
    int: z.int(),
    bigint: z.bigint(),
    boolean: z.boolean(),
    date: z.date(),
    literal: z.literal("ja"),
    enum: z.enum(["a", "b"]),
    email: z.email(),
    url: z.url(),
    uuid: z.uuid(),
    isoDate: z.iso.date(),
    regex: z.string().regex(/^\d+$/),
    startsWith: z.string().startsWith("x"),
    minString: z.string().min(3),
    minString1: z.string().min(1),
    maxString: z.string().max(2),
    lengthString: z.string().length(4),
    minNumber: z.number().min(10),
    maxNumber: z.number().max(1),
    positive: z.number().positive(),
    multipleOf: z.number().multipleOf(5),
    minArray: z.array(z.string()).min(2),
    maxArray: z.array(z.string()).max(1),
    arrayOfNumbers: z.array(z.number()),
    tuple: z.tuple([z.string(), z.number()]),
    object: z.object({ a: z.string(), b: z.number() }),
    strictObject: z.strictObject({ a: z.string() }),
    record: z.record(z.string(), z.number()),
    union: z.union([z.string(), z.number()]),
    discriminated: z.discriminatedUnion("kind", [z.object({ kind: z.literal("a") }), z.object({ kind: z.literal("b"), n: z.number() })]),
    refine: z.string().refine((s) => s === "ok"),
    nullableNumber: z.number().nullable(),
    set: z.set(z.string()).min(2),
    map: z.map(z.string(), z.number()),
    file: z.instanceof(Date),
    nan: z.nan(),
    wholeNumber: wholeNumber({ min: 0, max: 5, message: "Skriv et tal." }),
    calendarDay: calendarDay(),
    checkbox,
    plainText: plainText({ max: 5, min: 2 }),
    recordId,
  };
  const wrong: unknown[] = [
    undefined,
    null,
    "",
    " ",
    "abc",
    "x".repeat(50),
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    10n,
    true,
    false,
    [],
    ["a", 1],
    {},
    { a: 1, b: "x", c: true },
    { kind: "b", n: "1" },
    new Date("nope"),
    new Set(["a"]),
    new Map([["a", "b"]]),
    Symbol("s"),
    () => 1,
  ];

  it.each(Object.keys(schemas))("%s", (name) => {
    let refused = 0;
    for (const value of wrong) {
      const r = schemas[name].safeParse(value);
      if (r.success) continue;
      refused++;
      for (const issue of r.error.issues) {
        expect(issue.message, `${name} ← ${describe_(value)}`).not.toMatch(ENGLISH);
        expect(issue.message).toMatch(/^[A-ZÆØÅ]/);
      }
      // The flattened form the pipeline sends to the browser carries the same Danish texts.
      const flat = z.flattenError(r.error);
      for (const text of [...flat.formErrors, ...Object.values(flat.fieldErrors).flat()]) expect(String(text)).not.toMatch(ENGLISH);
    }
    expect(refused).toBeGreaterThan(0);
  });

  it("a missing field says 'Udfyld feltet.', a wrong type says the value is invalid", () => {
    const s = z.object({ name: z.string(), age: z.number() });
    const r = s.safeParse({ age: "x" });
    expect(r.success).toBe(false);
    expect(z.flattenError(r.error!).fieldErrors).toEqual({ name: ["Udfyld feltet."], age: ["Feltet har en ugyldig værdi."] });
  });

  it("sizes are worded with their unit", () => {
    expect(messages(z.string().min(3).safeParse("a"))).toEqual(["Skriv mindst 3 tegn."]);
    expect(messages(z.array(z.string()).min(2).safeParse(["a"]))).toEqual(["Skriv mindst 2 valg."]);
    expect(messages(z.number().max(4).safeParse(9))).toEqual(["Værdien må højst være 4."]);
    expect(messages(z.email().safeParse("nej"))).toEqual(["Skriv en gyldig email, fx navn@example.dk."]);
    expect(messages(z.strictObject({}).safeParse({ x: 1 }))).toEqual(["Formularen indeholder ukendte felter."]);
  });
});
