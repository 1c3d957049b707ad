import { tableNames } from "./db-tables";
import { db } from "@/lib/db";
import { emailKey } from "@/lib/rate-limit";
import { createApplication, createGroup, createMember } from "./fixtures";

/**
 * A person with something in every table that can hold their data: a paid membership with a payment
 * (with a free-text reference), an accepted application whose participation is the group's contact,
 * a declined application with a message, an interest-list entry and an email, all under their address.
 */
export async function createPersonWithEverything(name: string, email: string) {
  const groupA = await createGroup();
  const groupB = await createGroup({ topic: "LONELINESS" });
  const member = await createMember({ name, email });
  const membership = await db.membership.create({
    data: { memberId: member.id, feeOre: 10000, status: "PAID", periodStart: new Date("2026-01-10"), periodEnd: new Date("2027-01-10") },
  });
  const payment = await db.payment.create({
    data: { membershipId: membership.id, amountOre: 10000, method: "MOBILEPAY", reference: `MobilePay fra ${name}`, paidOn: new Date("2026-01-10") },
  });
  const accepted = await createApplication(groupA.id, member.id);
  await db.application.update({
    where: { id: accepted.id },
    data: { status: "ACCEPTED", decidedAt: new Date("2026-02-01"), message: `Jeg hedder ${name}` },
  });
  const participation = await db.participation.create({
    data: { groupId: groupA.id, memberId: member.id, applicationId: accepted.id, joinedAt: new Date("2026-02-01") },
  });
  await db.group.update({ where: { id: groupA.id }, data: { contactParticipationId: participation.id } });
  const declined = await createApplication(groupB.id, member.id);
  await db.application.update({
    where: { id: declined.id },
    data: { status: "DECLINED", declineReason: "GROUP_FULL", decidedAt: new Date("2026-03-01") },
  });
  const interest = await db.interest.create({
    data: { name, email, topic: "DIVORCE", ageBand: "ADULTS", consentAt: new Date("2026-04-01"), consentVersion: "interesse-v1" },
  });
  const mail = await db.outboxEmail.create({ data: { to: email, subject: "Velkommen i gruppen", text: `Kære ${name}` } });
  const rateLimitHit = await db.rateLimitHit.create({ data: { key: emailKey("interest", email) } });
  return { rateLimitHit, member, membership, payment, accepted, declined, participation, interest, mail, groupA, groupB };
}

export async function clearPrivacyTables() {
  await db.auditEvent.deleteMany();
  await db.outboxEmail.deleteMany();
  await db.interest.deleteMany();
  await db.rateLimitHit.deleteMany();
  await db.group.updateMany({ data: { contactParticipationId: null } });
  await db.participation.deleteMany();
  await db.application.deleteMany();
  await db.payment.deleteMany();
  await db.membership.deleteMany();
  await db.member.deleteMany();
  await db.facilitatorAssignment.deleteMany();
  await db.group.deleteMany();
  await db.settings.deleteMany();
  await db.user.deleteMany();
}

/** Every row of every table, as JSON text, to search for a person's traces. */
export async function dumpAllTables(): Promise<Record<string, string>> {
  const dump: Record<string, string> = {};
  for (const name of await tableNames()) {
    const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
    dump[name] = JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? Number(v) : v));
  }
  return dump;
}
