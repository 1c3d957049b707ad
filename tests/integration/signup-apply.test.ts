import { beforeEach, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { applyToGroup } from "@/lib/signup/actions";
import { CONFIDENTIALITY_CONSENT, FEE_CONSENT, SENSITIVE_DATA_CONSENT } from "@/lib/consents";
import { GENERIC_ERROR, INVALID_INPUT } from "@/lib/command/result";
import { createApplication as createApplicationFixture, createGroup, createMember } from "../helpers/fixtures";
import { confirmSubmission } from "@/lib/confirmations/actions";
import { confirmForm, confirmationTokenFor } from "../helpers/confirmation";
import { revalidatedPaths } from "../helpers/request";
import { applicationForm, clearSignupTables, expectRedirect, setSettings, writtenCounts } from "../helpers/signup-fixtures";

describe("applyToGroup", () => {
  beforeEach(async () => {
    await clearSignupTables();
    await setSettings({ membershipFeeOre: 10000, coordinatorEmail: "koordinator@example.dk" });
  });

  it("stores an unconfirmed member and a received application with its three consents, and mails the address a link", async () => {
    const group = await createGroup({ slug: "sorg-voksne" });
    const before = Date.now();
    const target = await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "  Mette@Example.DK " })));
    expect(target).toContain("/grupper/sorg-voksne/ansoeg/tak");

    const member = await db.member.findUniqueOrThrow({ where: { email: "mette@example.dk" }, include: { memberships: true, applications: true } });
    expect(member).toMatchObject({ name: "Mette Hansen", phone: "12345678", postcode: "7400", birthYear: 1975, awaitsConfirmation: true });
    // The text as written (the default name): the version stored before the name was a setting.
    expect(member.consentVersion).toBe("sensitive-data:2026-11");
    // No membership (and no debt) in anyone's name before the owner of the address confirms.
    expect(member.memberships).toHaveLength(0);
    const [application] = member.applications;
    expect(application).toMatchObject({
      groupId: group.id,
      status: "RECEIVED",
      awaitsConfirmation: true,
      message: "Jeg kan bedst om aftenen.",
      consentConfidentialityVersion: CONFIDENTIALITY_CONSENT.version,
      consentSensitiveDataVersion: SENSITIVE_DATA_CONSENT.version,
      consentFeeVersion: FEE_CONSENT.version,
    });
    for (const at of [application.consentConfidentialityAt, application.consentSensitiveDataAt, application.consentFeeAt]) {
      expect(at.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(at.getTime()).toBeLessThanOrEqual(Date.now());
    }
    // Admin pages render per request: the admin layout is revalidated once.
    expect(revalidatedPaths()).toEqual(["/admin"]);
    // Only the request to confirm; the coordinator hears once it is confirmed.
    expect(await db.outboxEmail.findMany({ select: { to: true, subject: true } })).toEqual([
      { to: "mette@example.dk", subject: "Bekræft din ansøgning – Selvhjælp Herning" },
    ]);
  });

  it("waives the fee for an applicant under 18 once confirmed", async () => {
    const group = await createGroup({ ageBand: "YOUTH" });
    const year = new Date().getFullYear();
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { birthYear: String(year - 15) })));
    await expectRedirect(confirmSubmission(null, confirmForm(await confirmationTokenFor("mette@example.dk"))));
    const membership = await db.membership.findFirstOrThrow();
    expect(membership).toMatchObject({ status: "WAIVED", feeOre: 0 });
  });

  it("never changes a known member's stored details from the form", async () => {
    const existing = await createMember({ email: "mette@example.dk", name: "Mette Original" });
    const group = await createGroup();
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { name: "En Fremmed", postcode: "8000", phone: "87654321" })));
    expect(await db.member.count()).toBe(1);
    const member = await db.member.findUniqueOrThrow({ where: { id: existing.id } });
    expect(member).toMatchObject({ name: "Mette Original", postcode: "7400", phone: null, consentVersion: "test", awaitsConfirmation: false });
    expect(await db.application.count({ where: { memberId: existing.id, awaitsConfirmation: true } })).toBe(1);
  });

  it("does not start a second membership for a member who applies to two groups", async () => {
    const groupA = await createGroup();
    const groupB = await createGroup();
    await expectRedirect(applyToGroup(null, applicationForm(groupA.id)));
    await expectRedirect(confirmSubmission(null, confirmForm(await confirmationTokenFor("mette@example.dk"))));
    await expectRedirect(applyToGroup(null, applicationForm(groupB.id)));
    await expectRedirect(confirmSubmission(null, confirmForm(await confirmationTokenFor("mette@example.dk"))));
    expect(await db.membership.count()).toBe(1);
    expect(await db.application.count({ where: { awaitsConfirmation: false } })).toBe(2);
  });

  it.each(["RECEIVED", "WAITLISTED"] as const)(
    "answers a second application while one is %s as any other, writing only an email to the owner",
    async (status) => {
      const member = await createMember({ email: "mette@example.dk" });
      const group = await createGroup({ slug: "dobbelt" });
      await createApplicationFixture(group.id, member.id, status);
      const before = await writtenCounts();
      const target = await expectRedirect(applyToGroup(null, applicationForm(group.id)));
      expect(target).toContain("/grupper/dobbelt/ansoeg/tak");
      expect(await writtenCounts()).toEqual({ ...before, outbox: before.outbox + 1 });
      expect(await db.outboxEmail.findFirstOrThrow()).toMatchObject({ to: "mette@example.dk", subject: "Om din ansøgning – Selvhjælp Herning" });
    },
  );

  it("accepts a new application after an earlier one was declined", async () => {
    const member = await createMember({ email: "mette@example.dk" });
    const group = await createGroup();
    const old = await createApplicationFixture(group.id, member.id);
    await db.application.update({ where: { id: old.id }, data: { status: "DECLINED" } });
    await expectRedirect(applyToGroup(null, applicationForm(group.id)));
    expect(await db.application.count()).toBe(2);
  });

  it.each([
    ["ended", { state: "ENDED" as const }, "afsluttet", "ENDED"],
    ["closed to newcomers", { openForNewcomers: false }, "tager ikke imod nye", "CLOSED"],
    ["full", { capacity: 1 }, "fuld", "FULL"],
  ])("refuses a group that is %s and writes nothing", async (_what, overrides, text, code) => {
    const group = await createGroup(overrides);
    if ("capacity" in overrides) {
      const participant = await createMember();
      await db.participation.create({ data: { groupId: group.id, memberId: participant.id } });
    }
    const before = await writtenCounts();
    const result = await applyToGroup(null, applicationForm(group.id));
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.message).toContain(text);
    expect(await writtenCounts()).toEqual(before);
    // The attempt counts against the rate limit (IP + email), so refusals cannot be probed endlessly.
    expect(await db.rateLimitHit.count()).toBe(2);
  });

  it("refuses an unknown group", async () => {
    const result = await applyToGroup(null, applicationForm("no-such-group"));
    expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: expect.stringContaining("Vi kan ikke finde gruppen") });
    expect((await writtenCounts()).members).toBe(0);
  });

  it.each([
    ["name", { name: "" }],
    ["email", { email: "ikke-en-email" }],
    ["phone", { phone: "12" }],
    ["postcode", { postcode: "74" }],
    ["birthYear", { birthYear: "1700" }],
    ["message", { message: "x".repeat(501) }],
    ["consentConfidentiality", { consentConfidentiality: false }],
    ["consentSensitiveData", { consentSensitiveData: false }],
    ["consentFee", { consentFee: false }],
    ["groupId", { groupId: "" }],
  ])("refuses an invalid %s with a field error and writes nothing", async (field, overrides) => {
    const group = await createGroup();
    const result = await applyToGroup(null, applicationForm(group.id, overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result).toMatchObject({ code: "INVALID", message: INVALID_INPUT });
    expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    expect(await writtenCounts()).toEqual({ members: 0, memberships: 0, applications: 0, interests: 0, outbox: 0 });
    expect(await db.rateLimitHit.count()).toBe(0);
  });

  it("refuses politely when the honeypot is filled, and writes nothing at all", async () => {
    const group = await createGroup();
    const result = await applyToGroup(null, applicationForm(group.id, { website: "http://spam.example" }));
    expect(result).toEqual({ ok: false, code: "HONEYPOT", message: expect.stringContaining("Vi kunne ikke modtage formularen") });
    expect(await writtenCounts()).toEqual({ members: 0, memberships: 0, applications: 0, interests: 0, outbox: 0 });
    expect(await db.rateLimitHit.count()).toBe(0);
  });

  it("answers unexpected errors with the generic message and logs no personal data", async () => {
    const group = await createGroup();
    await failApplicationInserts(true);
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(" "));
    try {
      const result = await applyToGroup(null, applicationForm(group.id));
      expect(result).toEqual({ ok: false, code: "ERROR", message: GENERIC_ERROR });
    } finally {
      console.error = original;
      await failApplicationInserts(false);
    }
    expect(logged.join("\n")).not.toMatch(/mette|Hansen|aftenen|boom/i);
    // The transaction rolled back: no member or membership without its application.
    expect(await db.member.count()).toBe(0);
    expect(await db.membership.count()).toBe(0);
  });
});

/** A trigger that makes every insert into Application fail with a message holding personal data. */
async function failApplicationInserts(on: boolean) {
  if (dbProvider === "postgresql") {
    if (on) {
      await db.$executeRawUnsafe(
        "CREATE FUNCTION fail_application() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom mette@example.dk'; END $$",
      );
      await db.$executeRawUnsafe('CREATE TRIGGER fail_application BEFORE INSERT ON "Application" FOR EACH ROW EXECUTE FUNCTION fail_application()');
    } else {
      await db.$executeRawUnsafe('DROP TRIGGER fail_application ON "Application"');
      await db.$executeRawUnsafe("DROP FUNCTION fail_application()");
    }
  } else if (on) {
    await db.$executeRawUnsafe(
      "CREATE TRIGGER fail_application BEFORE INSERT ON Application BEGIN SELECT RAISE(ABORT, 'boom mette@example.dk'); END",
    );
  } else {
    await db.$executeRawUnsafe("DROP TRIGGER fail_application");
  }
}
