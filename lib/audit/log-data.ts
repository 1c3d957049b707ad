import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;
const DAY = 86_400_000;

export type AuditListFilter = { handling?: string; type?: string; bruger?: string; fra?: Date; til?: Date };
export type AuditRow = { id: string; action: string; entityType: string; entityId: string | null; createdAt: Date; actorName: string | null };

/** The log, newest first, filtered and a page at a time, with the actor's name. The page authorises the administrator. */
export async function listAuditEvents(_admin: Actor, filter: AuditListFilter, page = 1): Promise<{ rows: AuditRow[]; total: number; pages: number }> {
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.handling ? { action: filter.handling } : {}),
    ...(filter.type ? { entityType: filter.type } : {}),
    ...(filter.bruger ? { actorUserId: filter.bruger } : {}),
    ...(filter.fra || filter.til
      ? { createdAt: { ...(filter.fra ? { gte: filter.fra } : {}), ...(filter.til ? { lt: new Date(filter.til.getTime() + DAY) } : {}) } }
      : {}),
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, actorUserId: true },
    }),
    db.auditEvent.count({ where }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => Boolean(id)))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const rows = events.map(({ actorUserId, ...e }) => ({ ...e, actorName: actorUserId ? (names.get(actorUserId) ?? "Slettet bruger") : null }));
  return { rows, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** The values the filters can take: actions and entity types that occur, and users who acted. */
export async function auditFilterOptions(_admin: Actor) {
  const [actions, types, actors] = await Promise.all([
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.auditEvent.groupBy({ by: ["actorUserId"], where: { actorUserId: { not: null } } }),
  ]);
  const users = await db.user.findMany({
    where: { id: { in: actors.map((a) => a.actorUserId!) } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { actions: actions.map((a) => a.action), entityTypes: types.map((t) => t.entityType), actors: users };
}
