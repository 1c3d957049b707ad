import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMembershipPeriodAction, recordPaymentAction, sendRenewalRemindersAction, waiveMembershipAction } from "@/lib/members/actions";
import { claimDueReminders } from "@/lib/members/data";
import { todayInDenmark } from "@/lib/validation/fields";
import { createAdmin, createFacilitator, createMember } from "../helpers/fixtures";
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
    expect(revalidatedPaths()).toEqual(["/admin"]);
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
    const end = new Date(todayInDenmark().getTime() + 10 * DAY);
    await db.membership.create({
      data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date(end.getTime() - 365 * DAY), periodEnd: end },
    });
    const today = todayInDenmark().toISOString().slice(0, 10);
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
    [{ paidOn: "2026-02-30" }, "paidOn"],
    [{ paidOn: "1999-12-31" }, "paidOn"],
    [{ paidOn: "i går" }, "paidOn"],
    [{ amount: 100 }, "amount"],
    [{ reference: "MP\u0000123" }, "reference"],
    [{ reference: "x".repeat(101) }, "reference"],
    [{ memberId: "" }, "memberId"],
  ])("refuses %j with a field error and writes nothing", async (bad, field) => {
    const member = await createMember();
    await db.membership.create({ data: { memberId: member.id, feeOre: 10000, status: "PENDING_PAYMENT" } });
    const before = await registerSnapshot();
    const result = await recordPaymentAction(payment(member.id, bad));
    expect(result).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/felter/) });
    if (!result.ok) expect(result.fieldErrors?.[field]?.[0]).toMatch(/[a-zæøå]/);
    expect(await registerSnapshot()).toEqual(before);
  });

  it("refuses an unknown member without writing", async () => {
    const before = await registerSnapshot();
    expect(await recordPaymentAction(payment("findes-ikke"))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: expect.stringMatching(/findes ikke/),
    });
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
    expect(await db.membership.findMany({ where: { memberId: member.id } })).toEqual([
      expect.objectContaining({ status: "PENDING_PAYMENT", feeOre: 10000 }),
    ]);
    const before = await registerSnapshot();
    expect(await createMembershipPeriodAction({ memberId: member.id })).toMatchObject({
      ok: false,
      code: "ALREADY_PENDING",
      message: expect.stringMatching(/afventer/),
    });
    expect(await registerSnapshot()).toEqual(before);
  });

  it("refuses malformed ids", async () => {
    const before = await registerSnapshot();
    for (const input of [{}, { memberId: "" }, { memberId: 7 }, null]) {
      expect(await waiveMembershipAction(input)).toMatchObject({ ok: false, code: "INVALID" });
      expect(await createMembershipPeriodAction(input)).toMatchObject({ ok: false, code: "INVALID" });
    }
    expect(await waiveMembershipAction({ memberId: "findes-ikke" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await createMembershipPeriodAction({ memberId: "findes-ikke" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
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

    expect(await sendRenewalRemindersAction({})).toEqual({ ok: true, data: { sent: 1 } });
    const mails = await db.outboxEmail.findMany();
    expect(mails.map((m) => m.to)).toEqual(["snart@example.dk"]);
    expect(mails[0].text).toMatch(/udløber den/);
    expect((await db.membership.findUniqueOrThrow({ where: { id: soon.ms.id } })).reminderSentAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.findMany({ where: { action: "membership.reminder" }, select: { actorUserId: true, details: true } })).toEqual([
      { actorUserId: adminId, details: JSON.stringify({ sent: 1 }) },
    ]);

    expect(await sendRenewalRemindersAction({})).toEqual({ ok: true, data: { sent: 0 } });
    expect(await db.outboxEmail.count()).toBe(1);
  });

  it("two coordinators pressing at the same moment send each reminder once", async () => {
    await paidUntil(5);
    await paidUntil(6);
    const [a, b] = await Promise.all([sendRenewalRemindersAction({}), sendRenewalRemindersAction({})]);
    const sent = [a, b].map((r) => (r.ok ? r.data.sent : -1));
    expect(sent[0] + sent[1]).toBe(2);
    expect(await db.outboxEmail.count()).toBe(2);
  });

  it("claims each period once even when two claims run at the same moment", async () => {
    const a = await paidUntil(5);
    const b = await paidUntil(6);
    const now = new Date();
    const claims = await Promise.all([db.$transaction((tx) => claimDueReminders(tx, now)), db.$transaction((tx) => claimDueReminders(tx, now))]);
    const won = claims.flatMap((c) => (c.ok ? c.data.map((r) => r.membershipId) : []));
    expect(won.sort()).toEqual([a.ms.id, b.ms.id].sort());
  });

  it("a claim whose read is stale (the other coordinator claimed in between) still claims nothing twice", async () => {
    const { ms } = await paidUntil(5);
    const now = new Date();
    const first = await db.$transaction((tx) => claimDueReminders(tx, now));
    expect(first.ok && first.data.map((r) => r.membershipId)).toEqual([ms.id]);
    // The second claim reads as if the first had not committed yet: the conditional update decides.
    let staleReads = 0;
    const second = await db.$transaction((tx) => {
      // The due periods are read with one SQL query (lib/members/data.ts findExpiringMemberships): its rows come back unmarked.
      const staleTx = new Proxy(tx, {
        get: (target, key) =>
          key === "$queryRaw"
            ? async (...args: Parameters<typeof tx.$queryRaw>) => {
                staleReads++;
                return ((await target.$queryRaw(...args)) as Record<string, unknown>[]).map((m) => ({ ...m, reminderSentAt: null }));
              }
            : Reflect.get(target, key),
      });
      return claimDueReminders(staleTx, now);
    });
    expect(staleReads).toBeGreaterThan(0);
    expect(second).toEqual({ ok: true, data: [] });
  });

  it("the claim is the conditional update: a period already marked is not claimed, whatever the audit log says", async () => {
    const { ms } = await paidUntil(5, "allerede@example.dk");
    await db.membership.update({ where: { id: ms.id }, data: { reminderSentAt: new Date() } });
    expect(await sendRenewalRemindersAction({})).toEqual({ ok: true, data: { sent: 0 } });
    // An old audit row alone does not count as sent: the field is the domain state.
    const other = await paidUntil(7, "ny@example.dk");
    await db.auditEvent.create({ data: { action: "membership.reminder", entityType: "Membership", entityId: other.ms.id } });
    expect(await sendRenewalRemindersAction({})).toEqual({ ok: true, data: { sent: 1 } });
    expect((await db.outboxEmail.findMany()).map((m) => m.to)).toEqual(["ny@example.dk"]);
  });

  it("a renewed period gets its own reminder later", async () => {
    const { member, ms } = await paidUntil(5, "fornyer@example.dk");
    expect(await sendRenewalRemindersAction({})).toEqual({ ok: true, data: { sent: 1 } });
    // The next period, ending within the window too (an unrealistic but telling case), is a new period.
    await db.membership.update({ where: { id: ms.id }, data: { periodEnd: new Date(Date.now() - DAY) } });
    await db.membership.create({
      data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date(), periodEnd: new Date(Date.now() + 20 * DAY) },
    });
    expect(await sendRenewalRemindersAction({})).toEqual({ ok: true, data: { sent: 1 } });
  });

  it("refuses malformed input without sending", async () => {
    await paidUntil(5);
    for (const input of [undefined, null, "send"]) expect(await sendRenewalRemindersAction(input)).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.outboxEmail.count()).toBe(0);
  });
});

describe("who may call", () => {
  it("every member command refuses anonymous callers (sign in) and facilitators (no access), writing nothing", async () => {
    const member = await createMember();
    await db.membership.create({ data: { memberId: member.id, feeOre: 10000, status: "PAID", periodEnd: new Date(Date.now() + 5 * DAY) } });
    const facilitator = (await createFacilitator()).user.id;
    const calls = [
      () => recordPaymentAction(payment(member.id)),
      () => waiveMembershipAction({ memberId: member.id }),
      () => createMembershipPeriodAction({ memberId: member.id }),
      () => sendRenewalRemindersAction({}),
    ];
    const before = await registerSnapshot();
    for (const call of calls) {
      signInAs(null);
      expect(await call()).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
      signInAs(facilitator);
      expect(await call()).toMatchObject({ ok: false, code: "DENIED", message: "Du har ikke adgang til dette." });
    }
    expect(await registerSnapshot()).toEqual(before);
    expect(await db.outboxEmail.count()).toBe(0);
  });
});
