import { beforeEach, describe, expect, it } from "vitest";
import DashboardPage from "@/app/admin/page";
import { getDashboardCounts } from "@/lib/dashboard/data";
import { db } from "@/lib/db";
import { actorOf, assignFacilitator, createAdmin, createApplication, createFacilitator, createGroup, createMember } from "../helpers/fixtures";
import { signInAs } from "../helpers/request";

const DAY = 86_400_000;

async function clear() {
  for (const t of [
    "participation",
    "application",
    "payment",
    "membership",
    "member",
    "interest",
    "facilitatorAssignment",
    "group",
    "facilitator",
    "user",
  ] as const) {
    await (db[t] as unknown as { deleteMany: () => Promise<unknown> }).deleteMany();
  }
}

beforeEach(clear);

describe("getDashboardCounts", () => {
  it("is for administrators only: the page sends others away before counting", async () => {
    const redirectOf = async () => {
      try {
        await DashboardPage();
        return null;
      } catch (error) {
        return ((error as { digest?: string }).digest ?? "").split(";")[2];
      }
    };
    signInAs((await createFacilitator()).user.id);
    expect(await redirectOf()).toBe("/admin/mine-grupper");
    signInAs(null);
    expect(await redirectOf()).toBe("/login");
  });

  it("counts what needs action", async () => {
    const adminId = (await createAdmin()).id;
    signInAs(adminId);
    const now = new Date();
    const group = await createGroup({ state: "STARTING" });
    await createGroup({ state: "PLANNED" });
    await createGroup({ state: "PLANNED" });
    await createGroup({ state: "ENDED" });

    // Applications: 2 new, 1 after intake, 1 waitlisted, 1 accepted (not counted).
    for (let i = 0; i < 5; i++) {
      const member = await createMember();
      const app = await createApplication(group.id, member.id, i === 3 ? "WAITLISTED" : "RECEIVED");
      if (i === 2) await db.application.update({ where: { id: app.id }, data: { intakeHeldOn: now } });
      if (i === 4) await db.application.update({ where: { id: app.id }, data: { status: "ACCEPTED" } });
    }

    // Memberships: one member awaiting payment (with two pending rows: counted once), one expiring,
    // one expiring but already renewed, one far from expiry.
    const pending = await createMember();
    await db.membership.createMany({
      data: [
        { memberId: pending.id, feeOre: 10000 },
        { memberId: pending.id, feeOre: 10000 },
      ],
    });
    const expiring = await createMember();
    await db.membership.create({
      data: {
        memberId: expiring.id,
        feeOre: 10000,
        status: "PAID",
        periodStart: new Date(now.getTime() - 340 * DAY),
        periodEnd: new Date(now.getTime() + 10 * DAY),
      },
    });
    const renewed = await createMember();
    await db.membership.create({ data: { memberId: renewed.id, feeOre: 10000, status: "PAID", periodEnd: new Date(now.getTime() + 5 * DAY) } });
    await db.membership.create({ data: { memberId: renewed.id, feeOre: 10000, status: "PAID", periodEnd: new Date(now.getTime() + 370 * DAY) } });
    const later = await createMember();
    await db.membership.create({ data: { memberId: later.id, feeOre: 10000, status: "PAID", periodEnd: new Date(now.getTime() + 200 * DAY) } });

    // Interest: 4 for grief/adults (shown), 3 for loneliness/elderly (not), 1 handled grief/adults (not counted).
    const interest = (topic: "GRIEF" | "LONELINESS", ageBand: "ADULTS" | "ELDERLY", handledAt: Date | null = null) => ({
      name: "X",
      email: "x@example.dk",
      topic,
      ageBand,
      consentAt: now,
      consentVersion: "t",
      handledAt,
    });
    await db.interest.createMany({
      data: [
        ...Array.from({ length: 4 }, () => interest("GRIEF", "ADULTS")),
        interest("GRIEF", "ADULTS", now),
        ...Array.from({ length: 3 }, () => interest("LONELINESS", "ELDERLY")),
      ],
    });

    // Facilitators: one free, one busy, one without course, one withdrawn from a group (free again).
    await createFacilitator();
    const busy = await createFacilitator();
    await assignFacilitator(group.id, busy.facilitator.id);
    await createFacilitator({ courseCompletedAt: null });
    const withdrawn = await createFacilitator();
    await db.facilitatorAssignment.create({ data: { groupId: group.id, facilitatorId: withdrawn.facilitator.id, withdrawnAt: now } });

    const c = await getDashboardCounts(await actorOf(adminId), now);
    expect(c).toMatchObject({ newApplications: 2, awaitingDecision: 1, waitlisted: 1, awaitingPayment: 1, expiringSoon: 1, freeFacilitators: 2 });
    expect(c.groupsByState).toEqual({ PLANNED: 2, STARTING: 1, WITHDRAWING: 0, SELF_RUNNING: 0, ENDED: 1 });
    expect(c.interestDemand).toEqual([{ topic: "GRIEF", ageBand: "ADULTS", count: 4 }]);
  });
});
