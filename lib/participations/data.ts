import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import type { ActionResult } from "@/lib/action-result";
import type { EndParticipationInput } from "./schema";

/**
 * Records that a participant has left the group: sets leftAt, which frees the seat, and clears the
 * group's contact person when it was them. One transaction, so the seat count and the contact agree.
 */
export async function endParticipation(
  groupId: string,
  input: EndParticipationInput,
  actorUserId: string,
): Promise<ActionResult<{ slug: string }>> {
  return db.$transaction(async (tx) => {
    const participation = await tx.participation.findFirst({
      where: { id: input.participationId, groupId },
      select: { id: true, leftAt: true, joinedAt: true, group: { select: { slug: true, contactParticipationId: true } } },
    });
    if (!participation) return { ok: false, message: "Deltageren findes ikke i denne gruppe." };
    if (participation.leftAt) return { ok: false, message: "Deltageren er allerede registreret som stoppet." };
    if (input.leftOn < startOfDay(participation.joinedAt)) {
      const msg = "Datoen ligger før deltageren kom i gruppen.";
      return { ok: false, message: msg, fieldErrors: { leftOn: [msg] } };
    }
    await tx.participation.update({ where: { id: participation.id }, data: { leftAt: input.leftOn } });
    if (participation.group.contactParticipationId === participation.id) {
      await tx.group.update({ where: { id: groupId }, data: { contactParticipationId: null } });
    }
    await recordAudit({ actorUserId, action: "participation.end", entityType: "Participation", entityId: participation.id }, tx);
    return { ok: true, data: { slug: participation.group.slug } };
  });
}

function startOfDay(date: Date): Date {
  const d = new Date(date);
  d.setUTCHours(0, 0, 0, 0);
  return d;
}
