import { describe, expect, it } from "vitest";
import { z } from "@/lib/validation/zod";
import { interestInput } from "@/lib/interest/schema";

const valid = { name: "Ole Jensen", email: "OLE@example.dk", topic: "GRIEF", ageBand: "ADULTS", consentInterest: true };

function fieldErrors(input: unknown) {
  const result = interestInput.safeParse(input);
  expect(result.success).toBe(false);
  return z.flattenError(result.error!).fieldErrors as Record<string, string[] | undefined>;
}

describe("interestInput", () => {
  it("accepts a valid wish and lower-cases the email", () => {
    expect(interestInput.parse(valid)).toEqual({ ...valid, email: "ole@example.dk" });
  });

  it.each([
    ["name", "", "Skriv dit navn."],
    ["name", "y".repeat(101), "Navnet må højst være 100 tegn."],
    ["email", "ole", "Skriv en gyldig email, fx navn@eksempel.dk."],
    ["topic", "", "Vælg et emne."],
    // A key of the right shape that no topic has is the command's to refuse (tests/integration/topics-choices.test.ts).
    ["topic", "ASTROLOGI?", "Vælg et emne."],
    ["topic", 7, "Vælg et emne."],
    ["ageBand", "", "Vælg en aldersgruppe."],
    ["ageBand", "TODDLERS", "Vælg en aldersgruppe."],
    ["consentInterest", false, "Du skal give samtykke, før vi kan skrive dig på listen."],
  ])("refuses %s = %j", (field, value, message) => {
    expect(fieldErrors({ ...valid, [field]: value })[field]).toEqual([message]);
  });
});
