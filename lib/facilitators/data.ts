import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import { getSettings } from "@/lib/settings/data";
import type { ActionResult } from "@/lib/action-result";
import { canAssign, LOAD_STATES, releaseWarning } from "@/lib/groups/assignment-rules";
import type { FacilitatorInput } from "./schema";

const loadWhere = { withdrawnAt: null, group: { state: { in: LOAD_STATES } } };

/** The registry: every facilitator with course date, active flag and current load. */
export async function listFacilitators(opts: { free?: boolean } = {}) {
  const rows = await db.facilitator.findMany({
    where: opts.free ? { active: true, courseCompletedAt: { not: null }, user: { active: true }, assignments: { none: { withdrawnAt: null } } } : {},
    select: {
      id: true,
      active: true,
      courseCompletedAt: true,
      user: { select: { name: true, active: true } },
      assignments: { where: loadWhere, select: { group: { select: { id: true, name: true, state: true } } } },
    },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((f) => ({ ...f, load: f.assignments.length, groups: f.assignments.map((a) => a.group) }));
}
export type FacilitatorRow = Awaited<ReturnType<typeof listFacilitators>>[number];

export async function getFacilitator(id: string) {
  return db.facilitator.findUnique({
    where: { id },
    select: { id: true, active: true, courseCompletedAt: true, phone: true, user: { select: { name: true, email: true } } },
  });
}

export async function updateFacilitator(id: string, input: FacilitatorInput, actorUserId: string): Promise<ActionResult> {
  const found = await db.facilitator.findUnique({ where: { id }, select: { id: true } });
  if (!found) return { ok: false, message: "Igangsætteren findes ikke." };
  await db.$transaction(async (tx) => {
    await tx.facilitator.update({ where: { id }, data: input, select: { id: true } });
    await recordAudit({ actorUserId, action: "facilitator.update", entityType: "Facilitator", entityId: id }, tx);
  });
  return { ok: true };
}

/** Assigns a facilitator to a group after checking the rules against facts read in the same transaction. */
export async function assignFacilitator(
  groupId: string,
  facilitatorId: string,
  actorUserId: string,
): Promise<ActionResult<{ slug: string; warning?: string }>> {
  const settings = await getSettings();
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({
      where: { id: groupId },
      select: { slug: true, state: true, assignments: { where: { withdrawnAt: null }, select: { facilitatorId: true } } },
    });
    const facilitator = await tx.facilitator.findUnique({
      where: { id: facilitatorId },
      select: { active: true, courseCompletedAt: true, user: { select: { active: true } } },
    });
    if (!group) return { ok: false, message: "Gruppen findes ikke." };
    if (!facilitator) return { ok: false, message: "Vælg en igangsætter.", fieldErrors: { facilitatorId: ["Vælg en igangsætter."] } };
    const load = await tx.facilitatorAssignment.count({ where: { facilitatorId, ...loadWhere } });
    const result = canAssign({
      groupState: group.state,
      activeAssignments: group.assignments.length,
      alreadyAssigned: group.assignments.some((a) => a.facilitatorId === facilitatorId),
      facilitatorActive: facilitator.active && facilitator.user.active,
      courseCompleted: !!facilitator.courseCompletedAt,
      facilitatorLoad: load,
      maxGroupsPerFacilitator: settings.maxGroupsPerFacilitator,
    });
    if (!result.ok) return { ok: false, message: result.reason, fieldErrors: { facilitatorId: [result.reason] } };
    const created = await tx.facilitatorAssignment.create({ data: { groupId, facilitatorId }, select: { id: true } });
    await recordAudit({ actorUserId, action: "assignment.create", entityType: "FacilitatorAssignment", entityId: created.id }, tx);
    return { ok: true, data: { slug: group.slug, warning: result.warning } };
  });
}

/** Closes an active assignment (withdrawal date today). */
export async function releaseAssignment(groupId: string, assignmentId: string, actorUserId: string): Promise<ActionResult<{ slug: string; warning?: string }>> {
  return db.$transaction(async (tx) => {
    const a = await tx.facilitatorAssignment.findFirst({
      where: { id: assignmentId, groupId, withdrawnAt: null },
      select: { id: true, group: { select: { slug: true, state: true } } },
    });
    if (!a) return { ok: false, message: "Tildelingen findes ikke eller er allerede afsluttet." };
    await tx.facilitatorAssignment.update({ where: { id: a.id }, data: { withdrawnAt: new Date() }, select: { id: true } });
    const remaining = await tx.facilitatorAssignment.count({ where: { groupId, withdrawnAt: null } });
    await recordAudit({ actorUserId, action: "assignment.release", entityType: "FacilitatorAssignment", entityId: a.id }, tx);
    return { ok: true, data: { slug: a.group.slug, warning: releaseWarning(a.group.state, remaining) } };
  });
}
