import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import type { ActionResult } from "@/lib/action-result";
import type { GroupInput, GroupListFilter } from "./schema";
import { groupPresentationSelect } from "./selects";
import { slugify, uniqueSlug } from "./slug";

const listSelect = {
  id: true,
  slug: true,
  name: true,
  topic: true,
  ageBand: true,
  state: true,
  capacity: true,
  openForNewcomers: true,
  weekday: true,
  startTime: true,
  cadence: true,
  _count: { select: { participations: { where: { leftAt: null } }, assignments: { where: { withdrawnAt: null } } } },
} as const;

export async function listGroupsForAdmin(filter: GroupListFilter) {
  return db.group.findMany({
    where: { state: filter.state, topic: filter.topic },
    select: listSelect,
    orderBy: [{ name: "asc" }],
  });
}
export type AdminGroupRow = Awaited<ReturnType<typeof listGroupsForAdmin>>[number];

/** Editable fields of one group, for the edit form. */
export async function getGroupForEdit(id: string) {
  return db.group.findUnique({
    where: { id },
    select: { ...groupPresentationSelect, startDate: true, plannedEndDate: true },
  });
}

async function takenSlugs(base: string, exceptId?: string) {
  const rows = await db.group.findMany({
    where: { slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

/** Creates a planned group with a unique slug made from its name. */
export async function createGroup(input: GroupInput, actorUserId: string): Promise<{ id: string; slug: string }> {
  const base = slugify(input.name);
  // The slug index is unique: on a race the second create fails, and we retry with a fresh list.
  for (let attempt = 0; ; attempt++) {
    const slug = uniqueSlug(base, await takenSlugs(base));
    try {
      return await db.$transaction(async (tx) => {
        const group = await tx.group.create({ data: { ...input, slug, state: "PLANNED" }, select: { id: true, slug: true } });
        await tx.groupStateChange.create({ data: { groupId: group.id, kind: "STATE", fromState: null, toState: "PLANNED", reason: "Gruppen blev oprettet", actorUserId } });
        await recordAudit({ actorUserId, action: "group.create", entityType: "Group", entityId: group.id }, tx);
        return group;
      });
    } catch (error) {
      if (attempt < 3 && (error as { code?: string }).code === "P2002") continue;
      throw error;
    }
  }
}

/**
 * Updates every field. The slug stays as it was so that links to the public page keep working.
 * An ended group cannot be reopened to newcomers.
 */
export async function updateGroup(id: string, input: GroupInput, actorUserId: string): Promise<ActionResult<{ slug: string }>> {
  return db.$transaction(async (tx) => {
    const current = await tx.group.findUnique({ where: { id }, select: { slug: true, state: true } });
    if (!current) return { ok: false, message: "Gruppen findes ikke." };
    if (current.state === "ENDED" && input.openForNewcomers) {
      return {
        ok: false,
        message: "Gruppen er afsluttet og kan ikke åbnes for nye deltagere.",
        fieldErrors: { openForNewcomers: ["En afsluttet gruppe kan ikke være åben for nye deltagere."] },
      };
    }
    await tx.group.update({ where: { id }, data: input, select: { id: true } });
    await recordAudit({ actorUserId, action: "group.update", entityType: "Group", entityId: id }, tx);
    return { ok: true, data: { slug: current.slug } };
  });
}

export async function getGroupSlug(id: string): Promise<string | null> {
  const g = await db.group.findUnique({ where: { id }, select: { slug: true } });
  return g?.slug ?? null;
}
