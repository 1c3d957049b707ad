import { describe, expect, it } from "vitest";
import { z } from "@/lib/validation/zod";
import { applicationInput, birthYearRange, isUnder18, memberInput, MESSAGE_MAX } from "@/lib/signup/schema";

const validMember = {
  name: "Mette Hansen",
  email: "  Mette@Example.DK ",
  phone: "",
  postcode: "7400",
  birthYear: "",
  consentMemberData: true,
};

const validApplication = {
  groupId: "grp1",
  name: "Mette Hansen",
  email: "mette@example.dk",
  phone: "12 34 56 78",
  postcode: "7400",
  birthYear: "1975",
  message: "",
  consentConfidentiality: true,
  consentSensitiveData: true,
  consentFee: true,
};

function fieldErrors(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return z.flattenError(result.error!).fieldErrors as Record<string, string[] | undefined>;
}

describe("memberInput", () => {
  it("accepts a valid member and normalises email, empty optional fields", () => {
    const parsed = memberInput.parse(validMember);
    expect(parsed).toEqual({ name: "Mette Hansen", email: "mette@example.dk", postcode: "7400", consentMemberData: true });
  });

  it("keeps an optional phone and a birth year as a number", () => {
    const parsed = memberInput.parse({ ...validMember, phone: "+45 12 34 56 78", birthYear: "1980" });
    expect(parsed.phone).toBe("+45 12 34 56 78");
    expect(parsed.birthYear).toBe(1980);
  });

  it.each([
    ["name", "", "Skriv dit navn."],
    ["name", "A", "Skriv dit navn."],
    ["name", "x".repeat(101), "Navnet må højst være 100 tegn."],
    ["email", "", "Skriv din email."],
    ["email", "ikke-en-email", "Skriv en gyldig email, fx navn@eksempel.dk."],
    ["phone", "12", "Skriv et telefonnummer med 8 cifre, fx 12 34 56 78."],
    ["phone", "abcdefghij", "Skriv et telefonnummer med 8 cifre, fx 12 34 56 78."],
    ["postcode", "740", "Postnummeret skal være 4 cifre, fx 7400."],
    ["postcode", "74000", "Postnummeret skal være 4 cifre, fx 7400."],
    ["postcode", "abcd", "Postnummeret skal være 4 cifre, fx 7400."],
    ["birthYear", "1800", "Skriv et gyldigt fødselsår, fx 1975."],
    ["birthYear", String(new Date().getFullYear()), "Skriv et gyldigt fødselsår, fx 1975."],
    ["birthYear", "nitten", "Skriv fødselsåret med 4 cifre, fx 1975."],
    ["consentMemberData", false, "Du skal give samtykke, før vi kan gemme dine oplysninger."],
    ["consentMemberData", undefined, "Du skal give samtykke, før vi kan gemme dine oplysninger."],
  ])("refuses %s = %j with a Danish message", (field, value, message) => {
    expect(fieldErrors(memberInput, { ...validMember, [field]: value })[field]).toEqual([message]);
  });

  it("accepts the birth-year limits and refuses just outside them", () => {
    const { min, max } = birthYearRange();
    expect(memberInput.safeParse({ ...validMember, birthYear: String(min) }).success).toBe(true);
    expect(memberInput.safeParse({ ...validMember, birthYear: String(max) }).success).toBe(true);
    expect(memberInput.safeParse({ ...validMember, birthYear: String(min - 1) }).success).toBe(false);
    expect(memberInput.safeParse({ ...validMember, birthYear: String(max + 1) }).success).toBe(false);
  });

  it("accepts a name of exactly 100 characters", () => {
    expect(memberInput.safeParse({ ...validMember, name: "x".repeat(100) }).success).toBe(true);
  });
});

describe("applicationInput", () => {
  it("accepts a valid application", () => {
    const parsed = applicationInput.parse(validApplication);
    expect(parsed).toMatchObject({ groupId: "grp1", email: "mette@example.dk", birthYear: 1975, message: null });
  });

  it("accepts a message of exactly 500 characters and refuses 501", () => {
    expect(applicationInput.parse({ ...validApplication, message: "a".repeat(MESSAGE_MAX) }).message).toHaveLength(500);
    expect(fieldErrors(applicationInput, { ...validApplication, message: "a".repeat(MESSAGE_MAX + 1) }).message).toEqual([
      "Beskeden må højst være 500 tegn.",
    ]);
  });

  it.each([
    ["groupId", "", "Gruppen mangler."],
    ["name", " ", "Skriv dit navn."],
    ["email", "mette@", "Skriv en gyldig email, fx navn@eksempel.dk."],
    ["postcode", "", "Postnummeret skal være 4 cifre, fx 7400."],
    ["consentConfidentiality", false, "Du skal love at holde tavshedspligt for at kunne deltage i en gruppe."],
    ["consentSensitiveData", false, "Du skal give samtykke, før vi kan behandle din ansøgning."],
    ["consentFee", undefined, "Du skal acceptere medlemskab og kontingent for at kunne søge."],
  ])("refuses %s = %j", (field, value, message) => {
    expect(fieldErrors(applicationInput, { ...validApplication, [field]: value })[field]).toEqual([message]);
  });

  it("keeps line breaks in the message but refuses invisible characters", () => {
    expect(applicationInput.parse({ ...validApplication, message: "Ring gerne\nefter kl. 16" }).message).toBe("Ring gerne\nefter kl. 16");
    expect(fieldErrors(applicationInput, { ...validApplication, message: "Ring\u200B gerne" }).message).toEqual([
      "Teksten indeholder tegn, som ikke kan bruges.",
    ]);
  });

  it('takes consents as a posted form sends them ("on") and as the browser form does (true)', () => {
    const posted = { ...validApplication, consentConfidentiality: "on", consentSensitiveData: "on", consentFee: "on" };
    expect(applicationInput.parse(posted)).toMatchObject({ consentConfidentiality: true, consentSensitiveData: true, consentFee: true });
  });

  it("reports every missing consent at once", () => {
    const errors = fieldErrors(applicationInput, {
      ...validApplication,
      consentConfidentiality: false,
      consentSensitiveData: false,
      consentFee: false,
    });
    expect(Object.keys(errors).sort()).toEqual(["consentConfidentiality", "consentFee", "consentSensitiveData"]);
  });
});

describe("isUnder18", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  it("judges by birth year", () => {
    expect(isUnder18(2010, now)).toBe(true);
    expect(isUnder18(2009, now)).toBe(true);
    expect(isUnder18(2008, now)).toBe(false);
    expect(isUnder18(1970, now)).toBe(false);
    expect(isUnder18(undefined, now)).toBe(false);
  });
});
