import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  acceptApplicationAction,
  declineApplicationAction,
  recordIntakeAction,
  waitlistApplicationAction,
  withdrawApplicationAction,
} from "@/lib/applications/actions";
import { confirmSubmission, markApplicationConfirmed } from "@/lib/confirmations/actions";
import { CONFIRMATION_DAYS } from "@/lib/confirmations/rules";
import { purgeOnStart } from "@/lib/privacy/retention-data";
import { registerInterest } from "@/lib/interest/actions";
import { applyToGroup, becomeMember } from "@/lib/signup/actions";
import { confirmForm, confirmationTokenFor } from "../helpers/confirmation";
import { createAdmin, createApplication, createGroup, createMember, createPaidMembership } from "../helpers/fixtures";
import { signInAs } from "../helpers/request";
import { applicationForm, clearSignupTables, expectRedirect, interestForm, memberForm, setSettings } from "../helpers/signup-fixtures";

const DAY = 24 * 3600_000;

async function clearAll() {
  await db.confirmationLink.deleteMany();
  await db.auditEvent.deleteMany();
  await clearSignupTables();
  await setSettings({ membershipFeeOre: 10000, coordinatorEmail: "koordinator@example.dk" });
  signInAs(null);
}

/** Every mail queued so far, oldest first, as the outbox holds them. */
const mails = () => db.outboxEmail.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { to: true, subject: true, text: true } });

/** The redirect a successful form post ends in, with Next's digest stripped to the target. */
async function answerOf(promise: Promise<unknown>): Promise<string> {
  const message = await expectRedirect(promise);
  return /;([^;]*\/[^;]*);/.exec(message)?.[1] ?? message;
}

describe("a public application waits for the owner of the address", () => {
  beforeEach(clearAll);

  it("gives the same answer for a new address, a known member, an open application and an unconfirmed one", async () => {
    const group = await createGroup({ slug: "sorg", name: "Sorggruppe for voksne", topic: "GRIEF" });
    const known = await createMember({ email: "kendt@example.dk", name: "Karen Kendt" });
    const withOpen = await createMember({ email: "aaben@example.dk", name: "Aase Åben" });
    await createApplication(group.id, withOpen.id);

    const answers = [];
    for (const email of ["ny@example.dk", "kendt@example.dk", "aaben@example.dk", "ny@example.dk"]) {
      answers.push(await answerOf(applyToGroup(null, applicationForm(group.id, { email }))));
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContain("/grupper/sorg/ansoeg/tak");

    // The open application was not repeated; its owner got an email instead.
    expect(await db.application.count({ where: { memberId: withOpen.id } })).toBe(1);
    // The unconfirmed one was not repeated either: the second attempt got a new link for it.
    const fresh = await db.member.findUniqueOrThrow({ where: { email: "ny@example.dk" }, include: { applications: true } });
    expect(fresh.awaitsConfirmation).toBe(true);
    expect(fresh.applications).toHaveLength(1);
    expect(fresh.applications[0].awaitsConfirmation).toBe(true);
    expect(await db.confirmationLink.count({ where: { applicationId: fresh.applications[0].id } })).toBe(2);
    // The known member got an unconfirmed application; their own record is untouched and nothing is paid for yet.
    expect(await db.application.findFirstOrThrow({ where: { memberId: known.id } })).toMatchObject({ awaitsConfirmation: true });
    expect(await db.member.findUniqueOrThrow({ where: { id: known.id } })).toMatchObject({ name: "Karen Kendt", awaitsConfirmation: false });
    expect(await db.membership.count()).toBe(0);

    const sent = await mails();
    expect(sent.map((m) => m.to)).toEqual(["ny@example.dk", "kendt@example.dk", "aaben@example.dk", "ny@example.dk"]);
    expect(sent[2]).toMatchObject({ subject: "Om din ansøgning – Selvhjælp Herning" });
    expect(sent[2].text).toMatch(/^Kære Aase Åben\n/);
    // No coordinator notice before a confirmation.
    expect(sent.some((m) => m.to === "koordinator@example.dk")).toBe(false);
  });

  it("greets only with a confirmed member's stored name, never with the name typed into the form", async () => {
    const group = await createGroup({ name: "Sorggruppe for voksne", topic: "GRIEF" });
    await createMember({ email: "karen@example.dk", name: "Karen Jensen" });
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "karen@example.dk", name: "Karen VIGTIGT ring straks" })));
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "ukendt@example.dk", name: "Ukendt VIGTIGT ring straks" })));
    const [toKaren, toStranger] = await mails();
    expect(toKaren.text).toMatch(/^Kære Karen Jensen\n/);
    expect(toStranger.text).toMatch(/^Hej\n/);
    for (const m of [toKaren, toStranger]) expect(m.text).not.toContain("VIGTIGT");
  });

  it("refuses a name with a link or an address in it, writing nothing", async () => {
    const group = await createGroup();
    const result = await applyToGroup(null, applicationForm(group.id, { name: "Karen. Bekræft på http://evil.invalid" }));
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { name: [expect.stringContaining("uden links")] } });
    expect(await db.application.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("names no group and no topic in the subject or first line, and keeps the link out of the outbox copy", async () => {
    const group = await createGroup({ name: "Sorggruppe for voksne", topic: "GRIEF" });
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "ny@example.dk" })));
    await expectRedirect(registerInterest(null, interestForm({ email: "ole@example.dk", topic: "GRIEF" })));
    const token = await confirmationTokenFor("ny@example.dk");
    await expectRedirect(confirmSubmission(null, confirmForm(token)));
    const all = await mails();
    // Two requests to confirm; after confirming the application: the welcome and the coordinator notice.
    expect(all.length).toBe(4);
    for (const m of all) {
      const firstLine = m.text.split("\n")[0];
      for (const word of [/sorg/i, /Sorggruppe/]) {
        expect(m.subject).not.toMatch(word);
        expect(firstLine).not.toMatch(word);
      }
      expect(m.text).not.toMatch(/bekraeft\/[A-Za-z0-9_-]{43}/);
    }
  });

  it("confirms through the link once: the application and member stop waiting, a membership starts, the coordinator hears", async () => {
    const group = await createGroup();
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "ny@example.dk" })));
    const token = await confirmationTokenFor("ny@example.dk");

    expect(await answerOf(confirmSubmission(null, confirmForm(token)))).toContain("/bekraeft/tak?hvad=application");
    const member = await db.member.findUniqueOrThrow({
      where: { email: "ny@example.dk" },
      include: { applications: { include: { events: true } }, memberships: true },
    });
    expect(member.awaitsConfirmation).toBe(false);
    expect(member.applications[0].awaitsConfirmation).toBe(false);
    expect(member.applications[0].events.map((e) => e.kind).sort()).toEqual(["CONFIRMED", "RECEIVED"]);
    expect(member.memberships).toEqual([expect.objectContaining({ status: "PENDING_PAYMENT", feeOre: 10000 })]);
    const after = await mails();
    expect(after.map((m) => m.to).slice(1)).toEqual(["ny@example.dk", "koordinator@example.dk"]);
    expect(after[1].subject).toBe("Tak for din ansøgning – Selvhjælp Herning");
    expect(await db.auditEvent.count({ where: { action: "submission.confirm", entityType: "Application" } })).toBe(1);

    // Used once: a second click changes nothing.
    expect(await confirmSubmission(null, confirmForm(token))).toMatchObject({ ok: false, code: "USED" });
    expect(await db.membership.count()).toBe(1);
    expect(await db.outboxEmail.count()).toBe(3);
  });

  it("confirms once when the link is posted twice at the same moment", async () => {
    const group = await createGroup();
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "ny@example.dk" })));
    const token = await confirmationTokenFor("ny@example.dk");
    const settled = await Promise.allSettled([confirmSubmission(null, confirmForm(token)), confirmSubmission(null, confirmForm(token))]);
    const redirected = settled.filter((s) => s.status === "rejected" && /NEXT_REDIRECT/.test(String(s.reason)));
    const used = settled.filter((s) => s.status === "fulfilled" && (s.value as { code?: string }).code === "USED");
    expect([redirected.length, used.length]).toEqual([1, 1]);
    expect(await db.applicationEvent.count({ where: { kind: "CONFIRMED" } })).toBe(1);
    expect(await db.membership.count()).toBe(1);
  });

  it("refuses an expired, an unknown and a malformed link, writing nothing", async () => {
    const group = await createGroup();
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "ny@example.dk" })));
    const token = await confirmationTokenFor("ny@example.dk");
    await db.confirmationLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await confirmSubmission(null, confirmForm(token))).toMatchObject({
      ok: false,
      code: "EXPIRED",
      message: expect.stringContaining("udløbet"),
    });
    expect(await confirmSubmission(null, confirmForm("A".repeat(43)))).toMatchObject({ ok: false, code: "UNKNOWN" });
    expect(await confirmSubmission(null, confirmForm("kort"))).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.application.count({ where: { awaitsConfirmation: false } })).toBe(0);
    expect(await db.membership.count()).toBe(0);
  });
});

describe("coordinators and unconfirmed applications", () => {
  beforeEach(clearAll);

  async function unconfirmedApplication() {
    const group = await createGroup();
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "ny@example.dk" })));
    const application = await db.application.findFirstOrThrow({ select: { id: true, memberId: true } });
    const admin = await createAdmin();
    signInAs(admin.id);
    return { application, admin };
  }

  it("can record the intake, but not accept, waitlist or decline until the application is confirmed", async () => {
    const { application, admin } = await unconfirmedApplication();
    expect(await recordIntakeAction({ applicationId: application.id, heldOn: "2026-01-10", byUserId: admin.id })).toMatchObject({ ok: true });
    await createPaidMembership(application.memberId);
    for (const call of [
      acceptApplicationAction({ applicationId: application.id }),
      waitlistApplicationAction({ applicationId: application.id }),
      declineApplicationAction({ applicationId: application.id, reason: "NO_CONTACT" }),
    ]) {
      expect(await call).toMatchObject({ ok: false, code: "UNCONFIRMED", message: expect.stringContaining("ikke bekræftet") });
    }
    expect(await db.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: "RECEIVED" });
    expect(await db.outboxEmail.count({ where: { to: "ny@example.dk" } })).toBe(1);

    // After the intake call the coordinator marks it confirmed; then it can be decided.
    expect(await markApplicationConfirmed({ applicationId: application.id })).toMatchObject({ ok: true });
    expect(await db.member.findUniqueOrThrow({ where: { id: application.memberId } })).toMatchObject({ awaitsConfirmation: false });
    expect(await db.applicationEvent.findFirstOrThrow({ where: { kind: "CONFIRMED" } })).toMatchObject({ actorUserId: admin.id });
    expect(await acceptApplicationAction({ applicationId: application.id })).toMatchObject({ ok: true });
    // The mailed link no longer works.
    expect(await confirmSubmission(null, confirmForm(await confirmationTokenFor("ny@example.dk")))).toMatchObject({ code: "USED" });
    expect(await markApplicationConfirmed({ applicationId: application.id })).toMatchObject({ ok: false, code: "NOT_AWAITING" });
  });

  it("may still mark an unconfirmed application withdrawn (no email goes out)", async () => {
    const { application } = await unconfirmedApplication();
    expect(await withdrawApplicationAction({ applicationId: application.id })).toMatchObject({ ok: true });
  });
});

describe("membership and interest list wait for confirmation too", () => {
  beforeEach(clearAll);

  it("a new member is confirmed through the link, and only then gets a membership and the welcome", async () => {
    expect(await answerOf(becomeMember(null, memberForm({ email: "ny@example.dk" })))).toContain("/bliv-medlem/tak");
    expect(await db.member.findUniqueOrThrow({ where: { email: "ny@example.dk" } })).toMatchObject({ awaitsConfirmation: true });
    expect(await db.membership.count()).toBe(0);
    await expectRedirect(confirmSubmission(null, confirmForm(await confirmationTokenFor("ny@example.dk"))));
    expect(await db.membership.findFirstOrThrow()).toMatchObject({ status: "PENDING_PAYMENT", feeOre: 10000 });
    expect((await mails()).map((m) => m.subject)).toEqual([
      "Bekræft din indmeldelse – Selvhjælp Herning",
      "Velkommen som medlem – Selvhjælp Herning",
      "Nyt medlem på hjemmesiden",
    ]);
  });

  it("a known member with a valid membership is told so and nothing changes; the answer is the same", async () => {
    const member = await createMember({ email: "kendt@example.dk", name: "Karen Kendt" });
    await createPaidMembership(member.id);
    const forKnown = await answerOf(becomeMember(null, memberForm({ email: "kendt@example.dk", name: "En Anden", postcode: "8000" })));
    const forNew = await answerOf(becomeMember(null, memberForm({ email: "ny@example.dk" })));
    expect(forKnown).toBe(forNew);
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ name: "Karen Kendt", postcode: "7400" });
    expect(await db.membership.count({ where: { memberId: member.id } })).toBe(1);
    expect(await db.confirmationLink.count({ where: { memberId: member.id } })).toBe(0);
    const [told] = await mails();
    expect(told).toMatchObject({ to: "kendt@example.dk", subject: "Om din indmeldelse – Selvhjælp Herning" });
    expect(told.text).toMatch(/^Kære Karen Kendt\n/);
  });

  it("a known member whose membership has ended gets a renewal link; confirming starts a new period", async () => {
    const member = await createMember({ email: "kendt@example.dk" });
    await db.membership.create({
      data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date("2024-01-01"), periodEnd: new Date("2024-12-31") },
    });
    await expectRedirect(becomeMember(null, memberForm({ email: "kendt@example.dk" })));
    expect(await db.membership.count({ where: { memberId: member.id } })).toBe(1);
    expect(await answerOf(confirmSubmission(null, confirmForm(await confirmationTokenFor("kendt@example.dk"))))).toContain("hvad=renewal");
    expect(await db.membership.count({ where: { memberId: member.id, status: "PENDING_PAYMENT" } })).toBe(1);
  });

  it("an interest-list entry waits for confirmation, and confirming renews its consent", async () => {
    await expectRedirect(registerInterest(null, interestForm({ email: "ole@example.dk" })));
    const entry = await db.interest.findFirstOrThrow();
    expect(entry.awaitsConfirmation).toBe(true);
    await db.interest.update({ where: { id: entry.id }, data: { consentAt: new Date(Date.now() - 10 * DAY) } });
    await expectRedirect(confirmSubmission(null, confirmForm(await confirmationTokenFor("ole@example.dk"))));
    const confirmed = await db.interest.findUniqueOrThrow({ where: { id: entry.id } });
    expect(confirmed.awaitsConfirmation).toBe(false);
    expect(Date.now() - confirmed.consentAt.getTime()).toBeLessThan(DAY);
  });
});

describe("what is never confirmed is deleted", () => {
  beforeEach(clearAll);

  it(`deletes unconfirmed applications, entries and members after ${CONFIRMATION_DAYS} days, and nothing confirmed`, async () => {
    const group = await createGroup();
    const confirmed = await createMember({ email: "kendt@example.dk" });
    await createPaidMembership(confirmed.id);
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "kendt@example.dk" })));
    await expectRedirect(applyToGroup(null, applicationForm(group.id, { email: "ny@example.dk" })));
    await expectRedirect(registerInterest(null, interestForm({ email: "ole@example.dk" })));
    await expectRedirect(becomeMember(null, memberForm({ email: "medlem@example.dk" })));
    const stillFresh = await createApplication(group.id, (await createMember({ email: "frisk@example.dk" })).id);
    await db.application.update({ where: { id: stillFresh.id }, data: { awaitsConfirmation: true } });

    const counts = await purgeOnStart(new Date(Date.now() + (CONFIRMATION_DAYS * DAY) / 2));
    expect(counts.unconfirmed).toBe(0);
    const later = new Date(Date.now() + CONFIRMATION_DAYS * DAY + 60_000);
    await db.application.update({ where: { id: stillFresh.id }, data: { createdAt: later } });
    const purged = await purgeOnStart(later);
    // Two applications, one interest entry, two unconfirmed members (the applicant and the new member).
    expect(purged.unconfirmed).toBe(5);
    expect(await db.member.findMany({ select: { email: true }, orderBy: { email: "asc" } })).toEqual([
      { email: "frisk@example.dk" },
      { email: "kendt@example.dk" },
    ]);
    expect(await db.application.count()).toBe(1);
    expect(await db.membership.count({ where: { memberId: confirmed.id } })).toBe(1);
    expect(await db.interest.count()).toBe(0);
    expect(await db.confirmationLink.count()).toBe(0);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "retention.purge" } })).toMatchObject({
      details: expect.stringContaining('"unconfirmed":5'),
    });
  });
});
