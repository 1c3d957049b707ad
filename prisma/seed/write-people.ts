// Writes facilitators and members (with memberships and payments). Create-only by unique key.
import { db } from "@/lib/db";
import { addTwelveMonths } from "@/lib/members/rules";
import { todayInDenmark } from "@/lib/validation/fields";
import { daysAgo } from "./dates";
import { seedFacilitators, seedMembers } from "./people";
import { CONSENT_VERSION } from "./activity";

export type FacilitatorIds = Record<string, { facilitatorId: string; userId: string }>;
export type MemberIds = Record<string, string>;

export async function seedPeople(now: Date): Promise<{ facilitators: FacilitatorIds; members: MemberIds }> {
  const facilitators: FacilitatorIds = {};
  for (const f of seedFacilitators) {
    const user = await db.user.upsert({
      where: { email: f.email },
      update: {},
      create: { email: f.email, name: f.name, role: "FACILITATOR", active: f.active },
      select: { id: true },
    });
    const facilitator = await db.facilitator.upsert({
      where: { userId: user.id },
      update: {},
      create: {
        userId: user.id,
        phone: f.phone,
        active: f.active,
        courseCompletedAt: f.courseDaysAgo === null ? null : daysAgo(now, f.courseDaysAgo),
      },
      select: { id: true },
    });
    facilitators[f.key] = { facilitatorId: facilitator.id, userId: user.id };
  }

  const members: MemberIds = {};
  const year = now.getFullYear();
  for (const m of seedMembers) {
    const joined = daysAgo(now, m.joinedDaysAgo);
    const member = await db.member.upsert({
      where: { email: m.email },
      update: {},
      create: {
        name: m.name,
        email: m.email,
        phone: m.phone,
        postcode: m.postcode,
        birthYear: year - m.age,
        consentAt: joined,
        consentVersion: CONSENT_VERSION,
        createdAt: joined,
      },
      select: { id: true },
    });
    members[m.key] = member.id;

    const { status, startDaysAgo, method } = m.membership;
    // Period days are Danish calendar days (lib/members/rules.ts), so is the payment date.
    const periodStart = startDaysAgo === null ? null : todayInDenmark(daysAgo(now, startDaysAgo));
    const periodEnd = periodStart ? addTwelveMonths(periodStart) : null;
    const feeOre = status === "WAIVED" ? 0 : 10000;
    const membershipId = `seed-membership-${m.key}`;
    await db.membership.upsert({
      where: { id: membershipId },
      update: {},
      create: { id: membershipId, memberId: member.id, periodStart, periodEnd, feeOre, status, createdAt: joined },
    });
    if ((status === "PAID" || status === "EXPIRED") && method && periodStart) {
      const paymentId = `seed-payment-${m.key}`;
      await db.payment.upsert({
        where: { id: paymentId },
        update: {},
        create: {
          id: paymentId,
          membershipId,
          amountOre: feeOre,
          method,
          reference: method === "CASH" ? null : `DEMO-${m.key.toUpperCase()}`,
          paidOn: periodStart,
        },
      });
    }
  }
  return { facilitators, members };
}
