import { db } from "@/lib/db";
import { createApplication, createMember, createPaidMembership } from "./fixtures";

/** Deletes everything the application and member tests depend on (children first). */
export async function clearPeopleAndGroups() {
  await db.auditEvent.deleteMany();
  await db.outboxEmail.deleteMany();
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

/** A paid member with an application whose intake conversation has been held: ready to accept. */
export async function readyApplication(groupId: string, opts: { email?: string; name?: string; paid?: boolean; intake?: boolean } = {}) {
  const member = await createMember({ email: opts.email, name: opts.name });
  if (opts.paid !== false) await createPaidMembership(member.id);
  const application = await createApplication(groupId, member.id);
  if (opts.intake !== false) {
    await db.application.update({ where: { id: application.id }, data: { intakeHeldOn: new Date(Date.now() - 86_400_000) } });
  }
  return { member, application };
}

/** Fills `count` seats of the group with participants who joined without an application. */
export async function fillSeats(groupId: string, count: number) {
  for (let i = 0; i < count; i++) {
    const m = await createMember();
    await db.participation.create({ data: { groupId, memberId: m.id } });
  }
}

/** Snapshot of the tables a decision may write, to prove that a refusal wrote nothing. */
export async function decisionSnapshot() {
  const [applications, participations, audits, outbox] = await Promise.all([
    db.application.findMany({ select: { id: true, status: true, intakeHeldOn: true, declineReason: true, decidedAt: true }, orderBy: { id: "asc" } }),
    db.participation.count(),
    db.auditEvent.count({ where: { NOT: { action: { endsWith: ".view" } } } }),
    db.outboxEmail.count(),
  ]);
  return { applications, participations, audits, outbox };
}
