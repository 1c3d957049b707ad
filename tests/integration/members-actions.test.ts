import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMembershipPeriodAction, recordPaymentAction, sendRenewalRemindersAction, waiveMembershipAction } from "@/lib/members/actions";
import { createAdmin, createMember } from "../helpers/fixtures";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

const DAY = 86_400_000;
let adminId: string;

async function registerSnapshot() {
  const [memberships, payments, audits] = await Promise.all([
    db.membership.findMany({ select: { id: true, status: true, periodStart: true, periodEnd: true }, orderBy: { id: "asc" } }),
    db.payment.count(),
    db.auditEvent.count(),
  ]);
  return { memberships, payments, audits };
}

const payment = (memberId: string, extra: Record<string, unknown> = {}) => ({
  memberId,
  amount: "100",
  method: "MOBILEPAY",
  reference: "MP-123",
  paidOn: "2026-11-01",
  ...extra,
});

beforeEach(async () => {
  await clearPeopleAndGroups();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

describe("recording a payment", () => {
  it("turns the pending membership into PAID for 12 months from the payment date, with the payment and an audit row", async () => {
    const member = await createMember();
    const pending = await db.membership.create({ data: { memberId: member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    expect(await recordPaymentAction(payment(member.id, { amount: "100,50" }))).toEqual({ ok: true });
    const ms = await db.membership.findUniqueOrThrow({ where: { id: pending.id }, include: { payments: true } });
    expect(ms.status).toBe("PAID");
    expect(ms.periodStart?.toISOString().slice(0, 10)).toBe("2026-11-01");
    expect(ms.periodEnd?.toISOString().slice(0, 10)).toBe("2027-11-01");
    expect(ms.payments).toEqual([expect.objectContaining({ amountOre: 10050, method: "MOBILEPAY", reference: "MP-123", recordedByUserId: adminId })]);
    expect(await db.auditEvent.count({ where: { action: "membership.payment", entityType: "Membership", entityId: pending.id } })).toBe(1);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/admin/medlemmer", `/admin/medlemmer/${member.id}`, "/admin"]));
  });

  it("creates a new paid period with the fee from the settings when nothing is pending", async () => {
    await db.settings.create({ data: { id: 1, membershipFeeOre: 12500 } });
    const member = await createMember();
    expect((await recordPaymentAction(payment(member.id, { amount: "125" }))).ok).toBe(true);
    const [ms] = await db.membership.findMany({ where: { memberId: member.id } });
    expect(ms).toMatchObject({ status: "PAID", feeOre: 12500 });
  });

  it("renewing early extends from the end of the current period, as a new period", async () => {
    const member = await createMember();
    const end = new Date(Date.now() + 10 * DAY);
    await db.membership.create({ data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date(end.getTime() - 365 * DAY), periodEnd: end } });
    const today = new Date().toISOString().slice(0, 10);
    expect((await recordPaymentAction(payment(member.id, { paidOn: today }))).ok).toBe(true);
    const periods = await db.membership.findMany({ where: { memberId: member.id }, orderBy: { periodEnd: "asc" } });
    expect(periods).toHaveLength(2);
    expect(periods[1].periodStart?.getTime()).toBe(end.getTime());
    expect(periods[1].periodEnd?.getUTCFullYear()).toBe(end.getUTCFullYear() + 1);
  });

  it.each([
    [{ amount: "" }, "amount"],
    [{ amount: "abc" }, "amount"],
    [{ amount: "0" }, "amount"],
    [{ amount: "-100" }, "amount"],
    [{ amount: "100,999" }, "amount"],
    [{ method: "BITCOIN" }, "method"],
    [{ method: "" }, "method"],
    [{ paidOn: "" }, "paidOn"],
    [{ paidOn: "2999-01-01" }, "paidOn"],
    [{ reference: "x".repeat(101) }, "reference"],
    [{ memberId: "" }, "memberId"],
  ])("refuses %j with a field error and writes nothing", async (bad, field) => {
    const member = await createMember();
    await db.membership.create({ data: { memberId: member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    const before = await registerSnapshot();
    const result = await recordPaymentAction(payment(member.id, bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.[field]?.[0]).toMatch(/\S/);
    expect(await registerSnapshot()).toEqual(before);
  });

  it("refuses an unknown member without writing", async () => {
    const before = await registerSnapshot();
    expect(await recordPaymentAction(payment("findes-ikke"))).toMatchObject({ ok: false, message: expect.stringMatching(/findes ikke/) });
    expect(await registerSnapshot()).toEqual(before);
  });
});

describe("waiving and new periods", () => {
  it("waives the pending membership for 12 months", async () => {
    const member = await createMember();
    const pending = await db.membership.create({ data: { memberId: member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    expect((await waiveMembershipAction({ memberId: member.id })).ok).toBe(true);
    const ms = await db.membership.findUniqueOrThrow({ where: { id: pending.id } });
    expect(ms.status).toBe("WAIVED");
    const days = (ms.periodEnd!.getTime() - ms.periodStart!.getTime()) / DAY;
    expect(days).toBeGreaterThanOrEqual(365);
    expect(days).toBeLessThanOrEqual(366);
    expect(await db.auditEvent.count({ where: { action: "membership.waive", entityId: pending.id } })).toBe(1);
  });

  it("opens a new period awaiting payment, but not a second one", async () => {
    const member = await createMember();
    expect((await createMembershipPeriodAction({ memberId: member.id })).ok).toBe(true);
    expect(await db.membership.findMany({ where: { memberId: member.id } })).toEqual([expect.objectContaining({ status: "PENDING_PAYMENT", feeOre: 10000 })]);
    const before = await registerSnapshot();
    expect(await createMembershipPeriodAction({ memberId: member.id })).toMatchObject({ ok: false, message: expect.stringMatching(/afventer/) });
    expect(await registerSnapshot()).toEqual(before);
  });

  it("refuses malformed ids", async () => {
    const before = await registerSnapshot();
    for (const input of [{}, { memberId: "" }, { memberId: 7 }, null]) {
      expect((await waiveMembershipAction(input)).ok).toBe(false);
      expect((await createMembershipPeriodAction(input)).ok).toBe(false);
    }
    expect(await registerSnapshot()).toEqual(before);
  });
});

describe("renewal reminders", () => {
  async function paidUntil(daysFromNow: number, email?: string) {
    const member = await createMember({ email });
    const end = new Date(Date.now() + daysFromNow * DAY);
    const ms = await db.membership.create({
      data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date(end.getTime() - 365 * DAY), periodEnd: end },
    });
    return { member, ms };
  }

  it("emails members whose paid membership ends within 30 days, once per period", async () => {
    const soon = await paidUntil(10, "snart@example.dk");
    await paidUntil(60, "senere@example.dk");
    await paidUntil(-5, "udloebet@example.dk");
    const renewed = await paidUntil(20, "fornyet@example.dk");
    await db.membership.create({ data: { memberId: renewed.member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });

    expect(await sendRenewalRemindersAction()).toEqual({ ok: true, data: { sent: 1 } });
    const mails = await db.outboxEmail.findMany();
    expect(mails.map((m) => m.to)).toEqual(["snart@example.dk"]);
    expect(mails[0].text).toMatch(/udløber den/);
    expect(await db.auditEvent.count({ where: { action: "membership.reminder", entityId: soon.ms.id } })).toBe(1);

    expect(await sendRenewalRemindersAction()).toEqual({ ok: true, data: { sent: 0 } });
    expect(await db.outboxEmail.count()).toBe(1);
  });

  it("two coordinators pressing at the same moment send each reminder once", async () => {
    await paidUntil(5);
    await paidUntil(6);
    const [a, b] = await Promise.all([sendRenewalRemindersAction(), sendRenewalRemindersAction()]);
    const sent = [a, b].map((r) => (r.ok ? r.data.sent : -1));
    expect(sent[0] + sent[1]).toBe(2);
    expect(await db.outboxEmail.count()).toBe(2);
  });
});
