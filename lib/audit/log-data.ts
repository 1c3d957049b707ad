import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;
const DAY = 86_400_000;

export type AuditListFilter = { handling?: string; type?: string; bruger?: string; fra?: Date; til?: Date };
export type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  details: string | null;
  createdAt: Date;
  actorName: string | null;
};

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
      select: { id: true, action: true, entityType: true, entityId: true, details: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  const rows = events.map(({ actor, ...e }) => ({ ...e, actorName: actor?.name ?? null }));
  return { rows, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/**
 * The users the "Udført af" filter offers: every staff account (a short list), without scanning the
 * log. The verbs and record types come from lib/audit/verbs.ts.
 */
export async function auditFilterActors(_admin: Actor) {
  return db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
