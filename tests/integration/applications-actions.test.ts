import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  acceptApplicationAction,
  declineApplicationAction,
  recordIntakeAction,
  waitlistApplicationAction,
  withdrawApplicationAction,
} from "@/lib/applications/actions";
import { recordPaymentAction } from "@/lib/members/actions";
import { countAwaitingPayment } from "@/lib/members/data";
import { createAdmin, createApplication, createGroup, createMember } from "../helpers/fixtures";
import { clearPeopleAndGroups, decisionSnapshot, fillSeats, readyApplication } from "../helpers/applications-fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

let adminId: string;

beforeEach(async () => {
  await clearPeopleAndGroups();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

describe("recording the intake conversation", () => {
  it("stores the date and who held it, and audits the write", async () => {
    const group = await createGroup();
    const { application } = await readyApplication(group.id, { intake: false });
    const result = await recordIntakeAction({ applicationId: application.id, heldOn: "2026-01-15", byUserId: adminId });
    expect(result).toEqual({ ok: true });
    const row = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(row.intakeHeldOn?.toISOString().slice(0, 10)).toBe("2026-01-15");
    expect(row.intakeByUserId).toBe(adminId);
    expect(await db.auditEvent.count({ where: { action: "application.intake", entityId: application.id, actorUserId: adminId } })).toBe(1);
    // Admin pages render per request (the admin layout's revalidation refreshes the coordinator's view);
    // the group's page and the catalogue show how many more a planned group needs (lib/groups/forming.ts).
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/admin", "/grupper", `/grupper/${group.slug}`]));
  });

  it.each([
    [{ heldOn: "", byUserId: "x" }, "heldOn"],
    [{ heldOn: "ikke en dato" }, "heldOn"],
    [{ heldOn: "2999-01-01" }, "heldOn"],
    [{ byUserId: "" }, "byUserId"],
  ])("refuses bad input %j with a field error and writes nothing", async (bad, field) => {
    const group = await createGroup();
    const { application } = await readyApplication(group.id, { intake: false });
    const before = await decisionSnapshot();
    const result = await recordIntakeAction({ applicationId: application.id, heldOn: "2026-01-15", byUserId: adminId, ...bad });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.[field]?.[0]).toMatch(/\S/);
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("refuses an unknown or inactive user as the one who held it", async () => {
    const group = await createGroup();
    const { application } = await readyApplication(group.id, { intake: false });
    const result = await recordIntakeAction({ applicationId: application.id, heldOn: "2026-01-15", byUserId: "findes-ikke" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.byUserId).toBeDefined();
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).intakeHeldOn).toBeNull();
  });

  it("refuses on a decided application", async () => {
    const group = await createGroup();
    const { application } = await readyApplication(group.id, { intake: false });
    await db.application.update({ where: { id: application.id }, data: { status: "DECLINED" } });
    expect((await recordIntakeAction({ applicationId: application.id, heldOn: "2026-01-15", byUserId: adminId })).ok).toBe(false);
  });
});

describe("accepting", () => {
  it("creates the participation, sets the decision, audits, emails the applicant and revalidates public pages", async () => {
    const group = await createGroup({ capacity: 5, slug: "sorg-tirsdag" });
    const { application, member } = await readyApplication(group.id);
    const result = await acceptApplicationAction({ applicationId: application.id });
    expect(result).toEqual({ ok: true });
    const row = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(row.status).toBe("ACCEPTED");
    expect(row.decidedByUserId).toBe(adminId);
    expect(row.decidedAt).not.toBeNull();
    const participation = await db.participation.findUniqueOrThrow({ where: { applicationId: application.id } });
    expect(participation).toMatchObject({ groupId: group.id, memberId: member.id, leftAt: null });
    expect(Math.abs(participation.joinedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await db.auditEvent.count({ where: { action: "application.accept", entityId: application.id } })).toBe(1);
    // The application's own history records the decision and who made it.
    expect(await db.applicationEvent.findMany({ where: { applicationId: application.id }, select: { kind: true, actorUserId: true } })).toEqual([
      { kind: "ACCEPTED", actorUserId: adminId },
    ]);
    const mails = await db.outboxEmail.findMany({ where: { to: member.email } });
    expect(mails).toHaveLength(1);
    // The subject shows on lock screens: it names no group; the body does, further down.
    expect(mails[0].subject).toBe("Svar på din ansøgning – Selvhjælp Herning");
    expect(mails[0].text).toContain(`selvhjælpsgruppen "${group.name}"`);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper", "/grupper/sorg-tirsdag", "/admin"]));
  });

  it("accepts from the waitlist too", async () => {
    const group = await createGroup();
    const { application } = await readyApplication(group.id);
    await db.application.update({ where: { id: application.id }, data: { status: "WAITLISTED" } });
    expect((await acceptApplicationAction({ applicationId: application.id })).ok).toBe(true);
  });

  const refusals: [string, (groupId: string) => Promise<unknown>, { state?: "ENDED"; openForNewcomers?: boolean; capacity?: number }, RegExp][] = [
    ["the group is full", (g) => fillSeats(g, 3), { capacity: 3 }, /fuld/],
    ["the group is closed to newcomers", async () => undefined, { openForNewcomers: false }, /lukket for nye/],
    ["the group has ended", async () => undefined, { state: "ENDED" }, /afsluttet/],
  ];
  it.each(refusals)("is refused when %s, with nothing written", async (_label, prepare, groupOpts, message) => {
    const group = await createGroup(groupOpts);
    await prepare(group.id);
    const { application } = await readyApplication(group.id);
    const before = await decisionSnapshot();
    const result = await acceptApplicationAction({ applicationId: application.id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("is refused when the membership is neither paid nor waived, and says so (so the page can offer the payment)", async () => {
    const group = await createGroup();
    const { application, member } = await readyApplication(group.id, { paid: false });
    await db.membership.create({ data: { memberId: member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    const before = await decisionSnapshot();
    const result = await acceptApplicationAction({ applicationId: application.id });
    expect(result).toMatchObject({ ok: false, code: "MEMBERSHIP_UNPAID" });
    if (!result.ok) expect(result.message).toMatch(/Registrér betalingen/);
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("is refused when last year's paid membership has run out", async () => {
    const group = await createGroup();
    const { application, member } = await readyApplication(group.id, { paid: false });
    await db.membership.create({
      data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date("2024-01-01"), periodEnd: new Date("2025-01-01") },
    });
    expect(await acceptApplicationAction({ applicationId: application.id })).toMatchObject({ ok: false, code: "MEMBERSHIP_UNPAID" });
  });

  it("accepts right after a payment recorded just after midnight, Danish time (still the day before in UTC)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-12-01T23:30:00Z")); // 00:30 on 2 December in Denmark
      signInAs(adminId);
      const group = await createGroup();
      const { application, member } = await readyApplication(group.id, { paid: false });
      const paid = await recordPaymentAction({ memberId: member.id, amount: "100", method: "MOBILEPAY", reference: "", paidOn: "2026-12-02" });
      expect(paid.ok).toBe(true);
      const ms = await db.membership.findFirstOrThrow({ where: { memberId: member.id } });
      expect([ms.periodStart?.toISOString(), ms.periodEnd?.toISOString()]).toEqual(["2026-12-02T00:00:00.000Z", "2027-12-02T00:00:00.000Z"]);
      expect(await acceptApplicationAction({ applicationId: application.id })).toMatchObject({ ok: true });
    } finally {
      vi.useRealTimers();
    }
  });

  it("accepts a waived membership", async () => {
    const group = await createGroup();
    const { application, member } = await readyApplication(group.id, { paid: false });
    const now = Date.now();
    await db.membership.create({
      data: { memberId: member.id, feeOre: 0, status: "WAIVED", periodStart: new Date(now - 1000), periodEnd: new Date(now + 100 * 86_400_000) },
    });
    expect((await acceptApplicationAction({ applicationId: application.id })).ok).toBe(true);
  });

  it("is refused before the intake conversation is recorded", async () => {
    const group = await createGroup();
    const { application } = await readyApplication(group.id, { intake: false });
    expect(await acceptApplicationAction({ applicationId: application.id })).toMatchObject({ ok: false, code: "NO_INTAKE" });
    expect(await db.participation.count()).toBe(0);
  });

  it("cannot accept the same application twice, nor a declined one", async () => {
    const group = await createGroup();
    const { application } = await readyApplication(group.id);
    expect((await acceptApplicationAction({ applicationId: application.id })).ok).toBe(true);
    const before = await decisionSnapshot();
    expect(await acceptApplicationAction({ applicationId: application.id })).toMatchObject({ ok: false, code: "ILLEGAL_TRANSITION" });
    expect(await decisionSnapshot()).toEqual(before);

    const other = await readyApplication(group.id);
    expect((await declineApplicationAction({ applicationId: other.application.id, reason: "NOT_SUITABLE_FOR_GROUP" })).ok).toBe(true);
    expect(await acceptApplicationAction({ applicationId: other.application.id })).toMatchObject({ ok: false, code: "ILLEGAL_TRANSITION" });
    expect(await db.participation.count({ where: { memberId: other.member.id } })).toBe(0);
  });

  it("refuses malformed input and an unknown application", async () => {
    expect(await acceptApplicationAction({})).toMatchObject({ ok: false, fieldErrors: { applicationId: expect.any(Array) } });
    expect(await acceptApplicationAction({ applicationId: 42 })).toMatchObject({ ok: false });
    expect(await acceptApplicationAction({ applicationId: "findes-ikke" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.participation.count()).toBe(0);
  });
});

describe("the other decisions", () => {
  it("waitlists, emails the applicant and never moves anyone off the waitlist by itself", async () => {
    const group = await createGroup({ capacity: 1 });
    await fillSeats(group.id, 1);
    const { application, member } = await readyApplication(group.id);
    expect((await waitlistApplicationAction({ applicationId: application.id })).ok).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("WAITLISTED");
    expect(await db.auditEvent.count({ where: { action: "application.waitlist", entityId: application.id } })).toBe(1);
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, kind: "WAITLISTED" } })).toBe(1);
    expect((await db.outboxEmail.findFirstOrThrow({ where: { to: member.email } })).text).toMatch(/venteliste/);
    // A seat frees up: the waitlisted application stays where it is until a coordinator decides.
    await db.participation.updateMany({ where: { groupId: group.id }, data: { leftAt: new Date() } });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("WAITLISTED");
    expect(await db.participation.count({ where: { groupId: group.id, leftAt: null } })).toBe(0);
  });

  it("declines with a reason from the list and a kind email without the reason code", async () => {
    const group = await createGroup();
    const { application, member } = await readyApplication(group.id);
    expect((await declineApplicationAction({ applicationId: application.id, reason: "GROUP_FULL" })).ok).toBe(true);
    const row = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(row).toMatchObject({ status: "DECLINED", declineReason: "GROUP_FULL", decidedByUserId: adminId });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: member.email } });
    expect(mail.text).not.toMatch(/GROUP_FULL|fuld/i);
    expect(mail.text).toMatch(/desværre/);
  });

  it("declines and closes the applicant's membership awaiting payment in the same transaction when asked, audited", async () => {
    const group = await createGroup();
    const { application, member } = await readyApplication(group.id, { paid: false });
    const pending = await db.membership.create({ data: { memberId: member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    const result = await declineApplicationAction({ applicationId: application.id, reason: "NOT_SUITABLE_FOR_GROUP", closeMembership: "on" });
    expect(result).toEqual({ ok: true });
    expect(await db.membership.findUniqueOrThrow({ where: { id: pending.id }, select: { status: true } })).toEqual({ status: "EXPIRED" });
    expect(await countAwaitingPayment()).toBe(0);
    expect(
      await db.auditEvent.findMany({
        where: { action: { in: ["application.decline", "membership.close"] } },
        select: { action: true, entityId: true, details: true },
        orderBy: { action: "asc" },
      }),
    ).toEqual([
      {
        action: "application.decline",
        entityId: application.id,
        details: JSON.stringify({ reason: "NOT_SUITABLE_FOR_GROUP", membershipsClosed: 1 }),
      },
      { action: "membership.close", entityId: pending.id, details: JSON.stringify({ applicationId: application.id }) },
    ]);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/admin"]));
  });

  it("leaves the membership alone when not asked, and never closes one with a payment recorded", async () => {
    const group = await createGroup();
    const one = await readyApplication(group.id, { paid: false });
    const kept = await db.membership.create({ data: { memberId: one.member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    expect((await declineApplicationAction({ applicationId: one.application.id, reason: "GROUP_FULL" })).ok).toBe(true);
    expect((await db.membership.findUniqueOrThrow({ where: { id: kept.id } })).status).toBe("PENDING_PAYMENT");

    const two = await readyApplication(group.id, { paid: false });
    const partly = await db.membership.create({ data: { memberId: two.member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    await db.payment.create({ data: { membershipId: partly.id, amountOre: 5000, method: "CASH", paidOn: new Date() } });
    expect((await declineApplicationAction({ applicationId: two.application.id, reason: "GROUP_FULL", closeMembership: true })).ok).toBe(true);
    expect((await db.membership.findUniqueOrThrow({ where: { id: partly.id } })).status).toBe("PENDING_PAYMENT");
    expect(await db.auditEvent.count({ where: { action: "membership.close" } })).toBe(0);
  });

  it("a refused decline closes nothing, and a malformed choice is refused", async () => {
    const group = await createGroup();
    const { application, member } = await readyApplication(group.id, { paid: false });
    const pending = await db.membership.create({ data: { memberId: member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    await db.application.update({ where: { id: application.id }, data: { status: "WITHDRAWN" } });
    expect(await declineApplicationAction({ applicationId: application.id, reason: "GROUP_FULL", closeMembership: true })).toMatchObject({
      ok: false,
      code: "ILLEGAL_TRANSITION",
    });
    expect(await declineApplicationAction({ applicationId: application.id, reason: "GROUP_FULL", closeMembership: "måske" })).toMatchObject({
      ok: false,
      fieldErrors: { closeMembership: expect.any(Array) },
    });
    expect((await db.membership.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING_PAYMENT");
    expect(await db.auditEvent.count({ where: { action: "membership.close" } })).toBe(0);
  });

  it("refuses a decline without a listed reason, or with free text, and writes nothing", async () => {
    const group = await createGroup();
    const { application } = await readyApplication(group.id);
    const before = await decisionSnapshot();
    for (const reason of [undefined, "", "Fordi jeg siger det"]) {
      const result = await declineApplicationAction({ applicationId: application.id, reason });
      expect(result).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array) } });
    }
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("marks withdrawn without emailing, and then no further decision is allowed", async () => {
    const group = await createGroup();
    const { application } = await readyApplication(group.id);
    expect((await withdrawApplicationAction({ applicationId: application.id })).ok).toBe(true);
    expect(await db.outboxEmail.count()).toBe(0);
    const before = await decisionSnapshot();
    expect((await waitlistApplicationAction({ applicationId: application.id })).ok).toBe(false);
    expect((await declineApplicationAction({ applicationId: application.id, reason: "NO_CONTACT" })).ok).toBe(false);
    expect((await withdrawApplicationAction({ applicationId: application.id })).ok).toBe(false);
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("cannot waitlist an accepted application", async () => {
    const group = await createGroup();
    const member = await createMember();
    const application = await createApplication(group.id, member.id);
    await db.application.update({ where: { id: application.id }, data: { status: "ACCEPTED" } });
    expect(await waitlistApplicationAction({ applicationId: application.id })).toMatchObject({ ok: false, code: "ILLEGAL_TRANSITION" });
  });
});
