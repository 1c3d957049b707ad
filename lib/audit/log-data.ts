import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;
export const MEMBER_ACTOR_NAME = "Medlemmet selv (Min side)";
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

/** Where a page of the log starts: older than one event (the next page) or newer than one (the previous). */
export type AuditCursor = { olderThan?: string; newerThan?: string };
export type AuditPage = { rows: AuditRow[]; newerCursor: string | null; olderCursor: string | null };

const rowSelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  details: true,
  createdAt: true,
  actorMemberId: true,
  actor: { select: { name: true } },
} as const;

/**
 * One page of the log, newest first, filtered, with the actor's name. The page is found from its
 * neighbour (keyset: the (createdAt, id) of the event it starts after), never by counting or skipping
 * rows, so the 50th page costs what the first does and no view counts the whole log; each filter has an
 * index that also gives the order ((action | entityType | actorUserId, createdAt) and createdAt). The
 * page authorises the administrator.
 */
export async function listAuditEvents(_admin: Actor, filter: AuditListFilter, cursor: AuditCursor = {}): Promise<AuditPage> {
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.handling ? { action: filter.handling } : {}),
    ...(filter.type ? { entityType: filter.type } : {}),
    ...(filter.bruger ? { actorUserId: filter.bruger } : {}),
    ...(filter.fra || filter.til
      ? { createdAt: { ...(filter.fra ? { gte: filter.fra } : {}), ...(filter.til ? { lt: new Date(filter.til.getTime() + DAY) } : {}) } }
      : {}),
  };
  const anchorId = cursor.olderThan ?? cursor.newerThan;
  const anchor = anchorId ? await db.auditEvent.findUnique({ where: { id: anchorId }, select: { id: true, createdAt: true } }) : null;
  const backwards = anchor !== null && !cursor.olderThan;
  // (createdAt, id) before or after the anchor; the plain range on createdAt lets the index start there.
  const keyset: Prisma.AuditEventWhereInput = !anchor
    ? {}
    : backwards
      ? { createdAt: { gte: anchor.createdAt }, OR: [{ createdAt: { gt: anchor.createdAt } }, { id: { gt: anchor.id } }] }
      : { createdAt: { lte: anchor.createdAt }, OR: [{ createdAt: { lt: anchor.createdAt } }, { id: { lt: anchor.id } }] };
  const direction = backwards ? "asc" : "desc";
  const found = await db.auditEvent.findMany({
    where: { AND: [where, keyset] },
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: AUDIT_PAGE_SIZE + 1,
    select: rowSelect,
  });
  const more = found.length > AUDIT_PAGE_SIZE;
  const events = found.slice(0, AUDIT_PAGE_SIZE);
  if (backwards) events.reverse();
  // A member acting on their own page is named as such, never by name (the log is not a member register).
  const rows = events.map(({ actor, actorMemberId, ...e }) => ({ ...e, actorName: actor?.name ?? (actorMemberId ? MEMBER_ACTOR_NAME : null) }));
  // Coming from a newer page there is one; going back, the page we came from is older.
  const hasNewer = backwards ? more : anchor !== null;
  const hasOlder = backwards ? true : more;
  return {
    rows,
    newerCursor: hasNewer && rows.length > 0 ? rows[0].id : null,
    olderCursor: hasOlder && rows.length > 0 ? rows[rows.length - 1].id : null,
  };
}

/**
 * The users the "Udført af" filter offers: the administrators (a short list, whatever the number of
 * facilitators), and the chosen user when that is someone else (a link from elsewhere), without
 * scanning the log. The verbs and record types come from lib/audit/verbs.ts.
 */
export async function auditFilterActors(_admin: Actor, chosen?: string) {
  return db.user.findMany({
    where: { OR: [{ role: "ADMIN" }, ...(chosen ? [{ id: chosen }] : [])] },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
