import "server-only";
// How far planned groups are from starting, counted in the database, and the coordinator's one notice
// when a group reaches its minimum. The count is lib/groups/forming-rules.ts countForming said in SQL
// (change one, change the other); docs/forming.md explains what counts and when the notice goes out.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/command/define";
import { queueEmail } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { APPLICATION_STATUSES } from "@/lib/applications/labels";
import { getSettings } from "@/lib/settings/data";
import { minimumReachedNotice } from "./forming-emails";
import { COUNTED_APPLICATION_STATUSES, formingProgressOf, minimumReached, type FormingProgress } from "./forming-rules";
import { lockGroup } from "./lifecycle-data";

type Client = Tx | typeof db;

/** At most this many groups per call: a page of groups, never a list that grows with the data. */
export const FORMING_BATCH_LIMIT = 100;

// The statuses that do NOT count, as literals: "status NOT IN (…)" leaves SQLite's planner, also without
// statistics, on the (groupId, status) index for the few groups asked, where "status IN (…)" would lead it
// to the (status, intakeHeldOn, …) index and every held application of every group.
const uncountedStatuses = Prisma.join(
  APPLICATION_STATUSES.filter((s) => !(COUNTED_APPLICATION_STATUSES as readonly string[]).includes(s)).map((s) => Prisma.raw(`'${s}'`)),
);

/** The count as SQL, for these (at most FORMING_BATCH_LIMIT) group ids; exported for the query-plan test. */
export function formingQuery(ids: readonly string[]): Prisma.Sql {
  const list = Prisma.join([...ids]);
  return Prisma.sql`
    SELECT g."id" AS "id", g."minParticipants" AS "minimum", COUNT(x."memberId") AS "n"
    FROM "Group" g
    LEFT JOIN (
      SELECT p."groupId" AS "groupId", p."memberId" AS "memberId" FROM "Participation" p
      WHERE p."groupId" IN (${list}) AND p."leftAt" IS NULL
      UNION
      SELECT a."groupId" AS "groupId", a."memberId" AS "memberId" FROM "Application" a
      WHERE a."groupId" IN (${list}) AND a."status" NOT IN (${uncountedStatuses})
        AND a."intakeHeldOn" IS NOT NULL AND a."awaitsConfirmation" = ${false}
    ) x ON x."groupId" = g."id"
    WHERE g."id" IN (${list}) AND g."state" = 'PLANNED'
    GROUP BY g."id", g."minParticipants"`;
}

/**
 * Each planned group among `groupIds` with its progress towards its minimum; groups that are not
 * planned (or do not exist) are absent from the map. One query (formingQuery): the active participations
 * are read from the Participation (groupId, leftAt, …, memberId) index, the open applications through
 * the Application (groupId, status) index, for these groups only; UNION counts a person once per group.
 */
export async function formingProgress(groupIds: readonly string[], client: Client = db): Promise<Map<string, FormingProgress>> {
  const ids = [...new Set(groupIds)];
  if (ids.length === 0) return new Map();
  if (ids.length > FORMING_BATCH_LIMIT) throw new RangeError(`formingProgress takes at most ${FORMING_BATCH_LIMIT} groups`);
  const rows = await client.$queryRaw<{ id: string; minimum: number | bigint; n: number | bigint }[]>(formingQuery(ids));
  return new Map(rows.map((r) => [r.id, formingProgressOf(Number(r.n), Number(r.minimum))]));
}

/**
 * After a write that may change a group's count (an intake, a decision, a confirmation, a participant
 * leaving, a new minimum), in the same transaction: locks the group row (the lock takeSeat takes) and
 * counts again. At or above the minimum the "coordinator told" marker is set by an UPDATE that only
 * changes a row whose marker is empty, and only when it changed one is the coordinator's email queued:
 * the write that reaches the minimum tells, every later one finds the marker set. Below the minimum the
 * marker is cleared, so the next crossing tells again (forming-rules.ts markerStep). The lock makes
 * concurrent writes count one after the other, also on PostgreSQL (READ COMMITTED), where two
 * transactions side by side would otherwise each miss the other's applicant and nobody would tell.
 */
export async function syncFormingNotice(tx: Tx, groupId: string, now = new Date()): Promise<{ told: boolean }> {
  await lockGroup(tx, groupId);
  const progress = (await formingProgress([groupId], tx)).get(groupId);
  // A group that has started or ended keeps its marker as history: it is no longer forming.
  if (!progress) return { told: false };
  if (!minimumReached(progress)) {
    await tx.group.updateMany({ where: { id: groupId, minimumReachedAt: { not: null } }, data: { minimumReachedAt: null } });
    return { told: false };
  }
  const set = await tx.group.updateMany({ where: { id: groupId, minimumReachedAt: null }, data: { minimumReachedAt: now } });
  if (set.count !== 1) return { told: false };
  const { coordinatorEmail } = await getSettings(tx);
  if (coordinatorEmail) await queueEmail(tx, minimumReachedNotice(coordinatorEmail, groupId, env().SITE_URL));
  return { told: true };
}

/**
 * Planned groups that have reached their minimum, newest first, for the coordinator's overview: the
 * dashboard shows what the email said. A page of them at most; the count itself is read again.
 */
export async function listGroupsReadyToStart(_admin: Actor, take = 20) {
  const rows = await db.group.findMany({
    where: { state: "PLANNED", minimumReachedAt: { not: null } },
    select: { id: true, name: true, minimumReachedAt: true },
    orderBy: [{ minimumReachedAt: "desc" }, { id: "asc" }],
    take,
  });
  const progress = await formingProgress(rows.map((r) => r.id));
  return rows.map((r) => ({ id: r.id, name: r.name, reachedAt: r.minimumReachedAt!, progress: progress.get(r.id) ?? null }));
}
