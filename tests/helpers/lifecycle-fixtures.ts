import { db } from "@/lib/db";
import { createMember } from "./fixtures";

export { clearAllTables } from "./db-tables";

export async function addParticipant(groupId: string, name = "Mette Hansen", phone: string | null = "12345678") {
  const member = await createMember({ name });
  if (phone) await db.member.update({ where: { id: member.id }, data: { phone } });
  return db.participation.create({ data: { groupId, memberId: member.id } });
}

/** n meetings on consecutive past days, each attended by the given facilitators. */
export async function addMeetings(groupId: string, n: number, facilitatorIds: string[] = []) {
  for (let i = 0; i < n; i++) {
    await db.meeting.create({
      data: {
        groupId,
        heldOn: new Date(Date.UTC(2026, 0, 1 + i * 7)),
        participantsPresent: 5,
        facilitators: { create: facilitatorIds.map((facilitatorId) => ({ facilitatorId })) },
      },
    });
  }
}

/** Marks the readiness check complete (rhythm, ground rules, a contact person). */
export async function makeReady(groupId: string) {
  const p = await addParticipant(groupId, "Karen Kontakt");
  await db.group.update({ where: { id: groupId }, data: { rhythmAgreed: true, groundRulesAgreed: true, contactParticipationId: p.id } });
}

/** A comparable snapshot of what a refused action must leave untouched. */
export async function snapshot(groupId: string) {
  const [group, changes, assignments, meetings, audit] = await Promise.all([
    db.group.findUnique({ where: { id: groupId } }),
    db.groupStateChange.count(),
    db.facilitatorAssignment.findMany({ where: { groupId }, orderBy: { id: "asc" } }),
    db.meeting.count(),
    db.auditEvent.count(),
  ]);
  return { group, changes, assignments, meetings, audit };
}
