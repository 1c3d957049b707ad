import "server-only";
import { db, lockKeys } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { pageOf, pageWindow } from "@/lib/pagination";
import { containsSql, foldQuery, foldedFor } from "@/lib/sql";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { getSettings } from "@/lib/settings/data";
import { canAssign, releaseWarning, type AssignRefusal } from "@/lib/groups/assignment-rules";
import { FACILITATED_STATES } from "@/lib/groups/rules";
import type { FacilitatorInput } from "./schema";

/** A facilitator's load: active assignments on groups they carry (FACILITATED_STATES). */
const loadWhere = { withdrawnAt: null, group: { state: { in: [...FACILITATED_STATES] } } };

/** Each facilitator's load, counted for these facilitators only (not a join over every assignment). */
async function loadsOf(ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db.facilitatorAssignment.groupBy({
    by: ["facilitatorId"],
    where: { ...loadWhere, facilitatorId: { in: ids } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.facilitatorId, r._count._all]));
}

/**
 * A page of the registry, by name: facilitators with course date, active flag, current load and the
 * groups they carry. The page has authorised the administrator.
 */
export async function listFacilitators(_admin: Actor, opts: { free?: boolean; page?: number } = {}) {
  const page = opts.page ?? 1;
  const found = await db.facilitator.findMany({
    where: opts.free ? { active: true, courseCompletedAt: { not: null }, user: { active: true }, assignments: { none: { withdrawnAt: null } } } : {},
    select: {
      id: true,
      active: true,
      courseCompletedAt: true,
      user: { select: { name: true, active: true } },
      assignments: { where: loadWhere, select: { group: { select: { id: true, name: true, state: true } } } },
    },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    ...pageWindow(page),
  });
  const paged = pageOf(found, page);
  return { ...paged, rows: paged.rows.map((f) => ({ ...f, load: f.assignments.length, groups: f.assignments.map((a) => a.group) })) };
}
export type FacilitatorRow = Awaited<ReturnType<typeof listFacilitators>>["rows"][number];

/** How many facilitators the group page offers at most; a name search narrows them. */
export const ASSIGNABLE_LIMIT = 50;

/**
 * Facilitators who can be assigned to the group (active, course completed, account active, not already
 * active on it), by name, at most ASSIGNABLE_LIMIT; `q` narrows by part of the name. `more` says that
 * others match too.
 */
export async function listAssignableFacilitators(_admin: Actor, groupId: string, q = "") {
  const text = foldQuery(q.trim());
  const byName = text ? Prisma.sql`AND ${containsSql(foldedFor(Prisma.sql`u."name"`, text), text)}` : Prisma.empty;
  const found = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT f."id" AS "id", u."name" AS "name" FROM "Facilitator" f JOIN "User" u ON u."id" = f."userId"
    WHERE f."active" = ${true} AND f."courseCompletedAt" IS NOT NULL AND u."active" = ${true} ${byName}
      AND NOT EXISTS (SELECT 1 FROM "FacilitatorAssignment" a WHERE a."facilitatorId" = f."id" AND a."groupId" = ${groupId} AND a."withdrawnAt" IS NULL)
    ORDER BY u."name", f."id"
    LIMIT ${ASSIGNABLE_LIMIT + 1}`;
  const rows = found.slice(0, ASSIGNABLE_LIMIT);
  const loads = await loadsOf(rows.map((r) => r.id));
  return { rows: rows.map((r) => ({ ...r, load: loads.get(r.id) ?? 0 })), more: found.length > ASSIGNABLE_LIMIT };
}

export async function getFacilitator(_admin: Actor, id: string) {
  return db.facilitator.findUnique({
    where: { id },
    select: { id: true, active: true, courseCompletedAt: true, phone: true, user: { select: { name: true, email: true } } },
  });
}

export async function updateFacilitator(tx: Tx, id: string, input: FacilitatorInput): Promise<Outcome<undefined, "NOT_FOUND">> {
  const found = await tx.facilitator.findUnique({ where: { id }, select: { id: true } });
  if (!found) return refuse("NOT_FOUND");
  await tx.facilitator.update({ where: { id }, data: input, select: { id: true } });
  return done();
}

export type Assigned = { assignmentId: string; groupId: string; slug: string; warning?: string };

/**
 * Assigns a facilitator to a group after checking the rules against facts read in the same
 * transaction. The group and the facilitator are locked first, so parallel assignments cannot all
 * count the same two facilitators (or the same load) and exceed the limits (lockKeys).
 */
export async function assignFacilitator(
  tx: Tx,
  groupId: string,
  facilitatorId: string,
): Promise<Outcome<Assigned, AssignRefusal | "NOT_FOUND" | "UNKNOWN_FACILITATOR">> {
  await lockKeys(tx, [`group:${groupId}`, `facilitator:${facilitatorId}`]);
  const settings = await getSettings(tx);
  const group = await tx.group.findUnique({
    where: { id: groupId },
    select: { slug: true, state: true, assignments: { where: { withdrawnAt: null }, select: { facilitatorId: true } } },
  });
  if (!group) return refuse("NOT_FOUND");
  const facilitator = await tx.facilitator.findUnique({
    where: { id: facilitatorId },
    select: { active: true, courseCompletedAt: true, user: { select: { active: true } } },
  });
  if (!facilitator) return refuse("UNKNOWN_FACILITATOR");
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
  if (!result.ok) return refuse(result.code);
  const created = await tx.facilitatorAssignment.create({ data: { groupId, facilitatorId }, select: { id: true } });
  return done({ assignmentId: created.id, groupId, slug: group.slug, warning: result.warning });
}

export type Released = { groupId: string; slug: string; facilitatorId: string; warning?: string };

/** Closes an active assignment of the group (withdrawal date today). */
export async function releaseAssignment(tx: Tx, groupId: string, assignmentId: string): Promise<Outcome<Released, "NOT_FOUND">> {
  const a = await tx.facilitatorAssignment.findFirst({
    where: { id: assignmentId, groupId, withdrawnAt: null },
    select: { id: true, facilitatorId: true, group: { select: { slug: true, state: true } } },
  });
  if (!a) return refuse("NOT_FOUND");
  await tx.facilitatorAssignment.update({ where: { id: a.id }, data: { withdrawnAt: new Date() }, select: { id: true } });
  const remaining = await tx.facilitatorAssignment.count({ where: { groupId, withdrawnAt: null } });
  return done({ groupId, slug: a.group.slug, facilitatorId: a.facilitatorId, warning: releaseWarning(a.group.state, remaining) });
}
