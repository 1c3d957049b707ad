import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import type { ActionResult } from "@/lib/action-result";
import type { MeetingInput } from "./schema";

const RECORDABLE = ["STARTING", "WITHDRAWING", "SELF_RUNNING"] as const;

/**
 * Records a held meeting. Attending facilitators must be (or have been) assigned to the group;
 * one meeting per day per group.
 */
export async function recordMeeting(groupId: string, input: MeetingInput, actorUserId: string): Promise<ActionResult<{ slug: string }>> {
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({
      where: { id: groupId },
      select: { slug: true, state: true, assignments: { select: { facilitatorId: true } } },
    });
    if (!group) return { ok: false, message: "Gruppen findes ikke." };
    if (!(RECORDABLE as readonly string[]).includes(group.state)) {
      return { ok: false, message: group.state === "ENDED" ? "Gruppen er afsluttet." : "Møder registreres, når gruppen er startet." };
    }
    const assigned = new Set(group.assignments.map((a) => a.facilitatorId));
    const ids = [...new Set(input.facilitatorIds)];
    if (ids.some((id) => !assigned.has(id))) {
      const msg = "Vælg kun blandt gruppens igangsættere.";
      return { ok: false, message: msg, fieldErrors: { facilitatorIds: [msg] } };
    }
    const day = new Date(input.heldOn);
    const next = new Date(day.getTime() + 86_400_000);
    if (await tx.meeting.findFirst({ where: { groupId, heldOn: { gte: day, lt: next } }, select: { id: true } })) {
      const msg = "Der er allerede registreret et møde den dag.";
      return { ok: false, message: msg, fieldErrors: { heldOn: [msg] } };
    }
    const meeting = await tx.meeting.create({
      data: {
        groupId,
        heldOn: day,
        participantsPresent: input.participantsPresent,
        recordedByUserId: actorUserId,
        facilitators: { create: ids.map((facilitatorId) => ({ facilitatorId })) },
      },
      select: { id: true },
    });
    await recordAudit({ actorUserId, action: "meeting.create", entityType: "Meeting", entityId: meeting.id }, tx);
    return { ok: true, data: { slug: group.slug } };
  });
}

/** Removes a wrongly recorded meeting of the group (not once the group has ended). */
export async function deleteMeeting(groupId: string, meetingId: string, actorUserId: string): Promise<ActionResult<{ slug: string }>> {
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findFirst({ where: { id: meetingId, groupId }, select: { id: true, group: { select: { slug: true, state: true } } } });
    if (!meeting) return { ok: false, message: "Mødet findes ikke." };
    if (meeting.group.state === "ENDED") return { ok: false, message: "Gruppen er afsluttet. Dens møder kan ikke ændres." };
    await tx.meeting.delete({ where: { id: meeting.id }, select: { id: true } });
    await recordAudit({ actorUserId, action: "meeting.delete", entityType: "Meeting", entityId: meeting.id }, tx);
    return { ok: true, data: { slug: meeting.group.slug } };
  });
}
