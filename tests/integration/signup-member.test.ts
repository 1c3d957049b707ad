import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { becomeMember } from "@/lib/signup/actions";
import { INVALID_INPUT } from "@/lib/command/result";
import { confirmSubmission } from "@/lib/confirmations/actions";
import { confirmForm, confirmationTokenFor } from "../helpers/confirmation";
import { createMember, createPaidMembership } from "../helpers/fixtures";
import { clearSignupTables, expectRedirect, memberForm, setSettings, writtenCounts } from "../helpers/signup-fixtures";

/** The owner of the address opens the link from the newest mail and confirms. */
async function confirmAs(email: string) {
  await expectRedirect(confirmSubmission(null, confirmForm(await confirmationTokenFor(email))));
}

describe("becomeMember", () => {
  beforeEach(async () => {
    await clearSignupTables();
    await setSettings({ membershipFeeOre: 12500, mobilePayNumber: "12345", bankAccount: "1234 5678901234" });
  });

  it("creates the member with a recorded consent, and once confirmed a membership awaiting payment at the fee from the settings", async () => {
    const before = Date.now();
    const target = await expectRedirect(becomeMember(null, memberForm({ email: "METTE@example.dk", phone: "" })));
    expect(target).toContain("/bliv-medlem/tak");
    expect(await db.membership.count()).toBe(0);
    await confirmAs("mette@example.dk");
    const member = await db.member.findUniqueOrThrow({ where: { email: "mette@example.dk" }, include: { memberships: true } });
    expect(member).toMatchObject({
      name: "Mette Hansen",
      phone: null,
      postcode: "7400",
      birthYear: 1975,
      consentVersion: "member-data:2026-11",
    });
    expect(member.consentAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(member.memberships).toEqual([expect.objectContaining({ status: "PENDING_PAYMENT", feeOre: 12500, periodStart: null })]);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { subject: { startsWith: "Velkommen" } } });
    expect(mail.to).toBe("mette@example.dk");
    expect(mail.text).toContain("125 kr.");
    expect(mail.text).toContain("MobilePay til 12345");
    expect(mail.text).toContain("1234 5678901234");
  });

  it("gives members under 18 a waived membership at no cost", async () => {
    await expectRedirect(becomeMember(null, memberForm({ birthYear: String(new Date().getFullYear() - 12) })));
    await confirmAs("mette@example.dk");
    expect(await db.membership.findFirstOrThrow()).toMatchObject({ status: "WAIVED", feeOre: 0 });
  });

  it("waives from the Danish calendar day for twelve months, also just after midnight (still the day before in UTC)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-12-01T23:30:00Z")); // 00:30 on 2 December in Denmark
      await expectRedirect(becomeMember(null, memberForm({ birthYear: "2014" })));
      await confirmAs("mette@example.dk");
      const ms = await db.membership.findFirstOrThrow();
      expect([ms.status, ms.periodStart?.toISOString(), ms.periodEnd?.toISOString()]).toEqual([
        "WAIVED",
        "2026-12-02T00:00:00.000Z",
        "2027-12-02T00:00:00.000Z",
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("re-uses a known email: no duplicate member, stored details kept, no second current membership", async () => {
    const existing = await createMember({ email: "mette@example.dk", name: "Mette Original" });
    await createPaidMembership(existing.id);
    await expectRedirect(becomeMember(null, memberForm({ name: "Nogen Andre", postcode: "9000" })));
    expect(await db.member.count()).toBe(1);
    expect(await db.member.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: "Mette Original", postcode: "7400" });
    expect(await db.membership.count()).toBe(1);
  });

  it("starts a new membership for a known member whose membership has expired, once they confirm", async () => {
    const existing = await createMember({ email: "mette@example.dk" });
    await db.membership.create({ data: { memberId: existing.id, feeOre: 10000, status: "EXPIRED", periodEnd: new Date("2024-01-01") } });
    await expectRedirect(becomeMember(null, memberForm()));
    expect(await db.membership.count({ where: { memberId: existing.id, status: "PENDING_PAYMENT" } })).toBe(0);
    await confirmAs("mette@example.dk");
    expect(await db.membership.count({ where: { memberId: existing.id, status: "PENDING_PAYMENT" } })).toBe(1);
  });

  it.each([
    ["name", { name: "" }],
    ["email", { email: "mette" }],
    ["phone", { phone: "abc" }],
    ["postcode", { postcode: "12345" }],
    ["birthYear", { birthYear: "3000" }],
    ["consentMemberData", { consentMemberData: false }],
  ])("refuses an invalid %s and writes nothing", async (field, overrides) => {
    const result = await becomeMember(null, memberForm(overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result).toMatchObject({ code: "INVALID", message: INVALID_INPUT });
    expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    expect(await writtenCounts()).toEqual({ members: 0, memberships: 0, applications: 0, interests: 0, outbox: 0 });
  });

  it.each([
    ["a control character in the name", { name: "Mette\u0007 Hansen" }, "name", "Teksten indeholder tegn, som ikke kan bruges."],
    ["a bidi override in the name", { name: "Mette \u202Enesnah" }, "name", "Teksten indeholder tegn, som ikke kan bruges."],
    ["an email over 254 characters", { email: `${"m".repeat(250)}@example.dk` }, "email", "Emailadressen er for lang."],
    ["a consent with an odd value", { consentMemberData: "måske" }, "consentMemberData", "Feltet har en ugyldig værdi."],
  ])("refuses %s in Danish and writes nothing", async (_what, overrides, field, message) => {
    const result = await becomeMember(null, memberForm(overrides));
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { [field]: [message] } });
    expect(await writtenCounts()).toEqual({ members: 0, memberships: 0, applications: 0, interests: 0, outbox: 0 });
  });

  it("stores the name NFC-normalised and trimmed", async () => {
    await expectRedirect(becomeMember(null, memberForm({ name: "  Ma\u030Ale Jensen  " })));
    expect((await db.member.findFirstOrThrow()).name).toBe("Måle Jensen");
  });

  it("refuses a filled honeypot and writes nothing", async () => {
    const result = await becomeMember(null, memberForm({ website: "x" }));
    expect(result).toMatchObject({ ok: false, code: "HONEYPOT" });
    expect(await writtenCounts()).toEqual({ members: 0, memberships: 0, applications: 0, interests: 0, outbox: 0 });
    expect(await db.rateLimitHit.count()).toBe(0);
  });
});
