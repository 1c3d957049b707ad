import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registerInterest } from "@/lib/interest/actions";
import { INTEREST_CONSENT } from "@/lib/consents";
import { INVALID_INPUT } from "@/lib/command/result";
import { clearSignupTables, expectRedirect, interestForm, writtenCounts } from "../helpers/signup-fixtures";

describe("registerInterest", () => {
  beforeEach(clearSignupTables);

  it("stores the wish with its consent time and version, and confirms by email", async () => {
    const before = Date.now();
    expect(await expectRedirect(registerInterest(null, interestForm({ email: "OLE@Example.dk" })))).toContain("/interesse/tak");
    const [interest] = await db.interest.findMany();
    expect(interest).toMatchObject({
      name: "Ole Jensen",
      email: "ole@example.dk",
      topic: "GRIEF",
      ageBand: "ADULTS",
      consentVersion: INTEREST_CONSENT.version,
    });
    expect(interest.consentAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await db.outboxEmail.findFirstOrThrow()).to).toBe("ole@example.dk");
  });

  it("does not store the same waiting wish twice", async () => {
    await expectRedirect(registerInterest(null, interestForm()));
    await expectRedirect(registerInterest(null, interestForm()));
    await expectRedirect(registerInterest(null, interestForm({ topic: "LONELINESS" })));
    expect(await db.interest.count()).toBe(2);
  });

  it.each([
    ["name", { name: "" }],
    ["email", { email: "ole@" }],
    ["topic", { topic: "NOPE!" }],
    ["ageBand", { ageBand: "" }],
    ["consentInterest", { consentInterest: false }],
  ])("refuses an invalid %s and writes nothing", async (field, overrides) => {
    const result = await registerInterest(null, interestForm(overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result).toMatchObject({ code: "INVALID", message: INVALID_INPUT });
    expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    expect(await writtenCounts()).toEqual({ members: 0, memberships: 0, applications: 0, interests: 0, outbox: 0 });
  });

  it("refuses a filled honeypot and writes nothing", async () => {
    const result = await registerInterest(null, interestForm({ website: "spam" }));
    expect(result).toEqual({ ok: false, code: "HONEYPOT", message: expect.stringContaining("Vi kunne ikke modtage formularen") });
    expect(await writtenCounts()).toEqual({ members: 0, memberships: 0, applications: 0, interests: 0, outbox: 0 });
    expect(await db.rateLimitHit.count()).toBe(0);
  });
});
