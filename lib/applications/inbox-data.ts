import "server-only";
// The application inbox: a page of applications by status, with the applicant's name, searchable by the
// applicant's name or email and by part of the group's name. Administrators only (the page checks).
import { recordAudit } from "@/lib/audit/data";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { groupSortKey } from "@/lib/groups/search";
import { memberMatches } from "@/lib/members/data";
import { ADMIN_PAGE_SIZE, pageOf, pageWindow } from "@/lib/pagination";
import { containsSql, foldQuery } from "@/lib/sql";
import type { InboxFilter } from "./labels";

/** Each tab as a condition on the application `a` (the (status, intakeHeldOn, createdAt) and (status, createdAt) indexes). */
const inboxWhere: Record<InboxFilter, Prisma.Sql> = {
  ny: Prisma.sql`a."status" = 'RECEIVED' AND a."intakeHeldOn" IS NULL AND a."awaitsConfirmation" = ${false}`,
  "afventer-beslutning": Prisma.sql`a."status" = 'RECEIVED' AND a."intakeHeldOn" IS NOT NULL AND a."awaitsConfirmation" = ${false}`,
  "ikke-bekraeftet": Prisma.sql`a."status" = 'RECEIVED' AND a."awaitsConfirmation" = ${true}`,
  venteliste: Prisma.sql`a."status" = 'WAITLISTED'`,
  optaget: Prisma.sql`a."status" = 'ACCEPTED'`,
  afslaaet: Prisma.sql`a."status" = 'DECLINED'`,
  "traadt-tilbage": Prisma.sql`a."status" = 'WITHDRAWN'`,
  alle: Prisma.sql`1 = 1`,
};

const member = (column: string) => Prisma.raw(`m."${column}"`);

export type InboxRow = {
  id: string;
  createdAt: Date;
  status: "RECEIVED" | "ACCEPTED" | "WAITLISTED" | "DECLINED" | "WITHDRAWN";
  awaitsConfirmation: boolean;
  intakeHeldOn: Date | null;
  applicantName: string;
  group: { id: string; name: string };
};

/**
 * A page of the inbox, oldest first where someone waits for an answer, newest first otherwise. `q` is
 * part of the applicant's name or email (the member search's own condition, narrowed by its trigram
 * index); `group` part of a group's name (matched on its stored sort key), so the page needs no list of
 * every group. Rows carry the applicant's name and the group, never the message or contact details.
 * Listing names beside groups is audited (with the tab and page, never the search text).
 */
export async function listApplications(
  admin: Actor,
  filter: InboxFilter,
  options: { group?: string; q?: string; page?: number } = {},
): Promise<{ rows: InboxRow[]; page: number; hasNext: boolean }> {
  const page = options.page ?? 1;
  const { skip, take } = pageWindow(page);
  const parts = [inboxWhere[filter]];
  const groupName = options.group ? groupSortKey(options.group) : "";
  if (groupName)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Group" g WHERE g."id" = a."groupId" AND ${containsSql(Prisma.sql`g."sortKey"`, groupName)})`);
  const applicant = await memberMatches(foldQuery(options.q?.trim() ?? ""), member);
  if (applicant) parts.push(applicant);
  const direction = Prisma.raw(filter === "ny" || filter === "afventer-beslutning" || filter === "venteliste" ? "ASC" : "DESC");
  const found = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Application" a JOIN "Member" m ON m."id" = a."memberId"
    WHERE ${Prisma.join(parts, " AND ")}
    ORDER BY a."createdAt" ${direction}, a."id" ${direction} LIMIT ${take} OFFSET ${skip}`;
  const paged = pageOf(found, page, ADMIN_PAGE_SIZE);
  const ids = paged.rows.map((r) => r.id);
  const rows = ids.length
    ? await db.application.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          createdAt: true,
          status: true,
          awaitsConfirmation: true,
          intakeHeldOn: true,
          member: { select: { name: true } },
          group: { select: { id: true, name: true } },
        },
      })
    : [];
  await recordAudit({
    actorUserId: admin.id,
    action: "application.list",
    entityType: "Application",
    entityId: null,
    details: { page, searched: Boolean(applicant) },
  });
  const byId = new Map(rows.map(({ member: m, ...r }) => [r.id, { ...r, applicantName: m.name }]));
  return { ...paged, rows: ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) };
}

export type MemberApplication = {
  id: string;
  createdAt: Date;
  status: InboxRow["status"];
  awaitsConfirmation: boolean;
  /** Null for an accepted application: the register does not show which groups a person attends. */
  groupName: string | null;
};

/** How many of a member's applications the member page lists (newest first). */
export const MEMBER_APPLICATIONS_SHOWN = 50;

/**
 * A member's applications, newest first, for the member page. An administrator sees all of them; anyone
 * else only those to groups they have an active assignment on (lib/auth/access.ts's rule): that someone
 * applied to another group is not theirs to know. An accepted application comes without its group's
 * name: the member register does not show which groups a person attends (DESIGN.md, Privacy); the
 * application itself, in the inbox, does. The member page's opening is audited by getMemberForAdmin.
 */
export async function listMemberApplications(actor: Actor, memberId: string): Promise<MemberApplication[]> {
  const rows = await db.application.findMany({
    where: { memberId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MEMBER_APPLICATIONS_SHOWN,
    select: { id: true, createdAt: true, status: true, awaitsConfirmation: true, group: { select: { id: true, name: true } } },
  });
  const visible =
    actor.role === "ADMIN"
      ? null
      : new Set(
          actor.facilitatorId
            ? (
                await db.facilitatorAssignment.findMany({
                  where: { facilitatorId: actor.facilitatorId, withdrawnAt: null, groupId: { in: rows.map((r) => r.group.id) } },
                  select: { groupId: true },
                })
              ).map((a) => a.groupId)
            : [],
        );
  return rows
    .filter((r) => visible === null || visible.has(r.group.id))
    .map(({ group, ...r }) => ({ ...r, groupName: r.status === "ACCEPTED" ? null : group.name }));
}
