import "server-only";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import type { EndParticipationInput } from "./schema";

/**
 * Records that a participant has left the group: sets leftAt, which frees the seat, and clears the
 * group's contact person when it was them. One transaction, so the seat count and the contact agree.
 */
export async function endParticipation(
  tx: Tx,
  input: EndParticipationInput,
): Promise<Outcome<{ groupId: string; slug: string }, "NOT_FOUND" | "ALREADY_ENDED" | "BEFORE_JOINING">> {
  const { groupId } = input;
  const participation = await tx.participation.findFirst({
    where: { id: input.participationId, groupId },
    select: { id: true, leftAt: true, joinedAt: true, group: { select: { slug: true, contactParticipationId: true } } },
  });
  if (!participation) return refuse("NOT_FOUND");
  if (participation.leftAt) return refuse("ALREADY_ENDED");
  if (input.leftOn < startOfDay(participation.joinedAt)) return refuse("BEFORE_JOINING");
  await tx.participation.update({ where: { id: participation.id }, data: { leftAt: input.leftOn } });
  if (participation.group.contactParticipationId === participation.id) {
    await tx.group.update({ where: { id: groupId }, data: { contactParticipationId: null } });
  }
  return done({ groupId, slug: participation.group.slug });
}

function startOfDay(date: Date): Date {
  const d = new Date(date);
  d.setUTCHours(0, 0, 0, 0);
  return d;
}
