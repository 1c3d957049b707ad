import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { isRunning } from "@/lib/groups/rules";
import { isBeforeStart } from "./rules";
import type { MeetingInput } from "./schema";

export type MeetingChanged = { meetingId: string; groupId: string; slug: string };

/**
 * Records a held meeting. Attending facilitators must be (or have been) assigned to the group;
 * one meeting per day per group, not before the day the group started.
 */
export async function recordMeeting(
  tx: Tx,
  actor: Actor,
  groupId: string,
  input: MeetingInput,
): Promise<
  Outcome<
    MeetingChanged & { facilitators: number },
    "NOT_FOUND" | "GROUP_ENDED" | "NOT_STARTED" | "BEFORE_START" | "NOT_THE_GROUPS_FACILITATOR" | "DAY_TAKEN"
  >
> {
  const group = await tx.group.findUnique({
    where: { id: groupId },
    select: { slug: true, state: true, startDate: true, assignments: { select: { facilitatorId: true } } },
  });
  if (!group) return refuse("NOT_FOUND");
  if (group.state === "ENDED") return refuse("GROUP_ENDED");
  if (!isRunning(group.state)) return refuse("NOT_STARTED");
  if (isBeforeStart(input.heldOn, group.startDate)) return refuse("BEFORE_START");
  const assigned = new Set(group.assignments.map((a) => a.facilitatorId));
  const ids = [...new Set(input.facilitatorIds)];
  if (ids.some((id) => !assigned.has(id))) return refuse("NOT_THE_GROUPS_FACILITATOR");
  const day = input.heldOn;
  const next = new Date(day.getTime() + 86_400_000);
  if (await tx.meeting.findFirst({ where: { groupId, heldOn: { gte: day, lt: next } }, select: { id: true } })) return refuse("DAY_TAKEN");
  const meeting = await tx.meeting.create({
    data: {
      groupId,
      heldOn: day,
      participantsPresent: input.participantsPresent,
      recordedByUserId: actor.id,
      facilitators: { create: ids.map((facilitatorId) => ({ facilitatorId })) },
    },
    select: { id: true },
  });
  return done({ meetingId: meeting.id, groupId, slug: group.slug, facilitators: ids.length });
}

/** Removes a wrongly recorded meeting of the group (not once the group has ended). */
export async function deleteMeeting(tx: Tx, groupId: string, meetingId: string): Promise<Outcome<MeetingChanged, "NOT_FOUND" | "GROUP_ENDED">> {
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, groupId },
    select: { id: true, group: { select: { slug: true, state: true } } },
  });
  if (!meeting) return refuse("NOT_FOUND");
  if (meeting.group.state === "ENDED") return refuse("GROUP_ENDED");
  await tx.meeting.delete({ where: { id: meeting.id }, select: { id: true } });
  return done({ meetingId: meeting.id, groupId, slug: meeting.group.slug });
}
