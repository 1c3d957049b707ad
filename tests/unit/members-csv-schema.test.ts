import { afterEach, describe, expect, it, vi } from "vitest";
import { csvCell, registerCsv } from "@/lib/members/csv";
import { paymentInput } from "@/lib/members/schema";
import { declineInput, intakeInput } from "@/lib/applications/schema";

describe("CSV cells", () => {
  it.each([
    ["Mette", "Mette"],
    ["", ""],
    [null, ""],
    [7400, "7400"],
    ["Jensen; Hans", '"Jensen; Hans"'],
    ['Hans "Bror" Jensen', '"Hans ""Bror"" Jensen"'],
    ["linje1\nlinje2", '"linje1\nlinje2"'],
    ["a,b", '"a,b"'],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+4512345678", "'+4512345678"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ['=HYPERLINK("x";"y")', `"'=HYPERLINK(""x"";""y"")"`],
    ["Æble Øst Åby", "Æble Øst Åby"],
  ])("%j → %j", (input, expected) => {
    expect(csvCell(input as string | number | null)).toBe(expected);
  });

  it("writes a BOM, a header, CRLF lines and the Danish standing", () => {
    const csv = registerCsv([
      { name: "Åse", email: "aase@example.dk", phone: null, postcode: "7400", standing: "WAIVED", periodEnd: new Date("2027-01-15T12:00:00Z") },
    ]);
    expect(csv.startsWith("\uFEFFNavn;Email;Telefon;Postnummer;Medlemsstatus;Periode slut\r\n")).toBe(true);
    expect(csv.endsWith("Åse;aase@example.dk;;7400;Fritaget;2027-01-15\r\n")).toBe(true);
  });
});

describe("payment input", () => {
  const base = { memberId: "m1", amount: "100", method: "CASH", reference: "", paidOn: "2026-01-05" };
  it.each([
    ["100", 10000],
    ["100,5", 10050],
    ["99.95", 9995],
    [" 50 ", 5000],
  ])("amount %j kroner → %d øre", (amount, ore) => {
    const r = paymentInput.safeParse({ ...base, amount });
    expect(r.success && r.data.amount).toBe(ore);
  });
  it.each([["0"], ["-5"], ["1e3"], ["10,123"], ["ti kroner"], [""]])("refuses amount %j", (amount) => {
    const r = paymentInput.safeParse({ ...base, amount });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].path).toEqual(["amount"]);
  });
  it("refuses an unknown method and a date in the future, in Danish", () => {
    const tomorrow = new Date(Date.now() + 36 * 3_600_000).toLocaleDateString("en-CA", { timeZone: "Europe/Copenhagen" });
    const r = paymentInput.safeParse({ ...base, method: "CHEQUE", paidOn: tomorrow });
    expect(r.success).toBe(false);
    if (!r.success) {
      const messages = r.error.issues.map((i) => i.message).join(" ");
      expect(messages).toMatch(/Vælg hvordan der er betalt/);
      expect(messages).toMatch(/fremtiden/);
    }
  });
});

describe("payment date", () => {
  afterEach(() => vi.useRealTimers());
  const paidOn = (day: string) => paymentInput.safeParse({ memberId: "m1", amount: "100", method: "CASH", reference: "", paidOn: day });

  it("'not in the future' is judged when the payment is parsed, by the Danish calendar", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2027-03-09T12:00:00Z"));
    expect(paidOn("2027-03-10").success).toBe(false);
    vi.setSystemTime(new Date("2027-03-09T23:30:00Z")); // already 10 March in Copenhagen
    expect(paidOn("2027-03-10").success).toBe(true);
  });

  it.each(["2026-02-30", "1999-12-31", "10-03-2026", ""])("refuses %j with a Danish message", (day) => {
    const r = paidOn(day);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toMatch(/dato|Datoen/i);
  });
});

describe("application inputs", () => {
  it("takes a decline reason only from the list", () => {
    expect(declineInput.safeParse({ applicationId: "a", reason: "NO_CONTACT" }).success).toBe(true);
    expect(declineInput.safeParse({ applicationId: "a", reason: "Han var uhøflig" }).success).toBe(false);
  });
  it("coerces the intake date and needs who held it", () => {
    const r = intakeInput.safeParse({ applicationId: "a", heldOn: "2026-03-01", byUserId: "u" });
    expect(r.success && r.data.heldOn.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(intakeInput.safeParse({ applicationId: "a", heldOn: "2026-03-01", byUserId: "" }).success).toBe(false);
  });
});
