import "server-only";
// The users page's list of accounts: paged, searchable, never a password hash.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ADMIN_PAGE_SIZE, pageOf, pageWindow, type Paged } from "@/lib/pagination";
import { cappedCountSql, containsSql, countOf, foldQuery, foldedFor } from "@/lib/sql";
import type { RoleValue } from "./schema";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: RoleValue;
  active: boolean;
  hasPassword: boolean;
  pendingInviteExpiresAt: Date | null;
};

/** Accounts per page of the users page. */
export const USER_PAGE_SIZE = ADMIN_PAGE_SIZE;

/**
 * A page of accounts for the users page (which admits administrators only): active ones first, then by
 * name, read from the (active, name, id, email) index 50 at a time; `q` narrows to names or emails that
 * contain it (Danish letters in any case). The password hash is reduced to a yes/no here and never leaves.
 */
export async function listUsers(_admin: Actor, options: { q?: string; page?: number } = {}, now = new Date()): Promise<Paged<UserRow>> {
  const page = options.page ?? 1;
  const { skip, take } = pageWindow(page, USER_PAGE_SIZE);
  const text = foldQuery(options.q?.trim() ?? "");
  const where = text
    ? Prisma.sql`WHERE ${containsSql(foldedFor(Prisma.sql`"name"`, text), text)} OR ${containsSql(Prisma.sql`"email"`, text)}`
    : Prisma.empty;
  const found = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" ${where} ORDER BY "active" DESC, "name", "id" LIMIT ${take} OFFSET ${skip}`;
  const paged = pageOf(found, page, USER_PAGE_SIZE);
  const ids = paged.rows.map((r) => r.id);
  const users = ids.length
    ? await db.user.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          passwordHash: true,
          invites: { where: { usedAt: null, expiresAt: { gt: now } }, orderBy: { expiresAt: "desc" }, take: 1, select: { expiresAt: true } },
        },
      })
    : [];
  const byId = new Map(
    users.map(({ passwordHash, invites, ...u }) => [
      u.id,
      { ...u, hasPassword: Boolean(passwordHash), pendingInviteExpiresAt: invites[0]?.expiresAt ?? null },
    ]),
  );
  return { ...paged, rows: ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) };
}

/** How many accounts the users page lists, counted up to COUNT_LIMIT + 1 (shown as "over 1.000"). */
export async function countUsers(_admin: Actor): Promise<number> {
  return countOf(await db.$queryRaw<{ n: bigint | number }[]>(cappedCountSql(Prisma.sql`SELECT 1 AS "one" FROM "User"`)));
}
