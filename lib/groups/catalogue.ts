import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TopicKey, TopicList } from "@/lib/topics/topics";
import { AGE_BANDS, type AgeBandValue, type CadenceValue, type GroupStateValue } from "./labels";
import type { CatalogueFilter } from "./filters";
import { CATALOGUE_STATES, admission, freeSeats, takesNewcomers } from "./rules";
import { searchWords, topicsMatching } from "./search";
import { fewMatches } from "@/lib/search/data";
import { groupPresentationSelect } from "./selects";
import type { GroupWhere } from "./place";
import { formingProgress } from "./forming";
import { isForming, type FormingProgress } from "./forming-rules";

// Public read model of groups: only fields that may be shown to anyone. Never participants, facilitators,
// applications or the reason a group ended.
export type PublicGroup = GroupWhere & {
  id: string;
  slug: string;
  name: string;
  topic: TopicKey;
  ageBand: AgeBandValue;
  description: string;
  cadence: CadenceValue;
  weekday: number | null;
  startTime: string | null;
  durationMinutes: number;
  state: GroupStateValue;
  startDate: Date | null;
  endedAt: Date | null;
  openForNewcomers: boolean;
  isFull: boolean;
  takesNewcomers: boolean;
  /** A planned group's expected start (a calendar day), when set. */
  expectedStartOn?: Date | null;
  /** How far a planned group is from starting (lib/groups/forming.ts); null for a group that is not planned. */
  forming?: FormingProgress | null;
};

/** Groups per catalogue page, and how far the catalogue counts before it says "over …". */
export const CATALOGUE_PAGE_SIZE = 20;
export const CATALOGUE_COUNT_LIMIT = 200;

const publicSelect = { ...groupPresentationSelect, startDate: true, endedAt: true, expectedStartOn: true } satisfies Prisma.GroupSelect;

type Row = Prisma.GroupGetPayload<{ select: typeof publicSelect }>;

function toPublic({ capacity, ...row }: Row, activeParticipants: number, forming: FormingProgress | null = null): PublicGroup {
  const facts = { ...row, capacity, activeParticipants };
  return { ...row, isFull: freeSeats(facts) === 0, takesNewcomers: takesNewcomers(facts), forming };
}

/** Active participants of one group: a count on the (groupId, leftAt) index, whatever the size of the data. */
function activeParticipantsOf(groupId: string): Promise<number> {
  return db.participation.count({ where: { groupId, leftAt: null } });
}

/** The groups with these ids in this order, each with its active participants counted for these groups only. */
async function publicGroupsInOrder(ids: string[]): Promise<PublicGroup[]> {
  if (ids.length === 0) return [];
  const [rows, counts, forming] = await Promise.all([
    db.group.findMany({ where: { id: { in: ids } }, select: publicSelect }),
    db.participation.groupBy({ by: ["groupId"], where: { groupId: { in: ids }, leftAt: null }, _count: { _all: true } }),
    formingProgress(ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const active = new Map(counts.map((c) => [c.groupId, c._count._all]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toPublic(row, active.get(id) ?? 0, forming.get(id) ?? null)] : [];
  });
}

// Raw SQL, portable to SQLite and PostgreSQL: quoted identifiers, enum values as checked literals
// (PostgreSQL compares an enum column with a literal, not with a text parameter), other values bound
// (the topic is a text column: its key is bound).
function enumLiteral<T extends string>(allowed: readonly T[], value: T): Prisma.Sql {
  if (!allowed.includes(value) || !/^[A-Z_]+$/.test(value)) throw new Error("Unknown enum value");
  return Prisma.raw(`'${value}'`);
}
const enumList = <T extends string>(allowed: readonly T[], values: readonly T[]) =>
  Prisma.join(
    values.map((v) => enumLiteral(allowed, v)),
    ", ",
  );

/** "Has a free seat and is open": rules.ts admission for a listed group, as SQL on the group row `g`. */
const takesNewcomersSql = Prisma.sql`(g."openForNewcomers" = ${true} AND (SELECT COUNT(*) FROM "Participation" p WHERE p."groupId" = g."id" AND p."leftAt" IS NULL) < g."capacity")`;

/**
 * The catalogue filter as a WHERE clause on `g`. Each word of the search must be in the group's folded
 * name, description or place (lib/groups/search.ts), or name its topic (`topics`: every topic).
 * `candidates`, when the trigram index found few groups for a word (lib/search/data.ts), narrows the
 * rows read to those; the words' own conditions still decide.
 */
function catalogueWhere(filter: CatalogueFilter, topics: TopicList, candidates: string[] | null): Prisma.Sql {
  const states: readonly GroupStateValue[] = filter.state ? [filter.state] : CATALOGUE_STATES;
  const parts = [Prisma.sql`g."state" IN (${enumList<GroupStateValue>([...CATALOGUE_STATES], states)})`];
  if (candidates) parts.push(candidates.length > 0 ? Prisma.sql`g."id" IN (${Prisma.join(candidates)})` : Prisma.sql`1 = 0`);
  if (filter.topic) parts.push(Prisma.sql`g."topic" = ${filter.topic.key}`);
  if (filter.ageBand) parts.push(Prisma.sql`g."ageBand" = ${enumLiteral(AGE_BANDS, filter.ageBand)}`);
  if (filter.weekday) parts.push(Prisma.sql`g."weekday" = ${filter.weekday}`);
  if (filter.openOnly) parts.push(takesNewcomersSql);
  for (const word of searchWords(filter.q)) {
    const like = Prisma.sql`g."searchText" LIKE ${`%${word}%`}`;
    const named = topicsMatching(word, topics);
    parts.push(named.length > 0 ? Prisma.sql`(${like} OR g."topic" IN (${Prisma.join(named)}))` : like);
  }
  return Prisma.join(parts, " AND ");
}

/**
 * The groups a search can be narrowed to: the fewest candidates the trigram index gives for one of its
 * words (a word that also names a topic is not looked up: the topic matches groups whose text lacks
 * it). Null when no word narrows the search.
 */
async function searchCandidates(filter: CatalogueFilter, topics: TopicList): Promise<string[] | null> {
  const words = searchWords(filter.q).filter((word) => topicsMatching(word, topics).length === 0);
  let fewest: string[] | null = null;
  for (const word of words) {
    const ids = await fewMatches("group", word);
    if (ids && (!fewest || ids.length < fewest.length)) fewest = ids;
    if (fewest?.length === 0) break;
  }
  return fewest;
}

export type CataloguePage = { groups: PublicGroup[]; page: number; hasNext: boolean; count: number };

/**
 * One page of the public catalogue: groups that have not ended, narrowed by the filter, in Danish name
 * order (the stored sort key), filtered, searched and paged in the database, and how many match (up to
 * CATALOGUE_COUNT_LIMIT + 1). The count is a second query only when there is a next page: otherwise
 * this page ends the list, so a search that finds few groups reads their search texts once, not twice.
 */
export async function listCatalogue(filter: CatalogueFilter, topics: TopicList, page = 1): Promise<CataloguePage> {
  const candidates = await searchCandidates(filter, topics);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT g."id" FROM "Group" g WHERE ${catalogueWhere(filter, topics, candidates)}
    ORDER BY g."sortKey", g."id"
    LIMIT ${CATALOGUE_PAGE_SIZE + 1} OFFSET ${(page - 1) * CATALOGUE_PAGE_SIZE}`;
  const hasNext = rows.length > CATALOGUE_PAGE_SIZE;
  const shown = rows.slice(0, CATALOGUE_PAGE_SIZE).map((r) => r.id);
  const [groups, count] = await Promise.all([
    publicGroupsInOrder(shown),
    hasNext ? countCatalogue(filter, topics, candidates) : Promise.resolve((page - 1) * CATALOGUE_PAGE_SIZE + shown.length),
  ]);
  return { groups, page, hasNext, count };
}

/** How many groups match the filter, counted up to CATALOGUE_COUNT_LIMIT + 1 (more is "over the limit"). */
export async function countCatalogue(filter: CatalogueFilter, topics: TopicList, candidates?: string[] | null): Promise<number> {
  const narrowed = candidates === undefined ? await searchCandidates(filter, topics) : candidates;
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (SELECT 1 AS "one" FROM "Group" g WHERE ${catalogueWhere(filter, topics, narrowed)} LIMIT ${CATALOGUE_COUNT_LIMIT + 1}) AS "matching"`;
  return Number(row?.n ?? 0);
}

/** One group by slug for its public page, ended or not; null when there is no such group. */
export async function getPublicGroup(slug: string): Promise<PublicGroup | null> {
  const row = await db.group.findUnique({ where: { slug }, select: publicSelect });
  if (!row) return null;
  const [active, forming] = await Promise.all([
    activeParticipantsOf(row.id),
    isForming(row.state) ? formingProgress([row.id]) : Promise.resolve(new Map<string, FormingProgress>()),
  ]);
  return toPublic(row, active, forming.get(row.id) ?? null);
}

/** The group as the apply page shows it, with whether it takes an application now; null when there is none. */
export async function getGroupForApplyPage(slug: string) {
  const row = await db.group.findUnique({ where: { slug }, select: groupPresentationSelect });
  if (!row) return null;
  return { ...row, availability: admission({ ...row, activeParticipants: await activeParticipantsOf(row.id) }) };
}

/** Groups like this one (same topic or age band, not ended): both matching first, then open ones, then by name. */
export async function listSimilarGroups(group: Pick<PublicGroup, "id" | "topic" | "ageBand">, limit = 3): Promise<PublicGroup[]> {
  const topic = group.topic;
  const ageBand = enumLiteral(AGE_BANDS, group.ageBand);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT g."id" FROM "Group" g
    WHERE g."id" <> ${group.id} AND g."state" IN (${enumList<GroupStateValue>([...CATALOGUE_STATES], CATALOGUE_STATES)})
      AND (g."topic" = ${topic} OR g."ageBand" = ${ageBand})
    ORDER BY (CASE WHEN g."topic" = ${topic} THEN 4 ELSE 0 END) + (CASE WHEN g."ageBand" = ${ageBand} THEN 2 ELSE 0 END)
      + (CASE WHEN ${takesNewcomersSql} THEN 1 ELSE 0 END) DESC, g."sortKey", g."id"
    LIMIT ${limit}`;
  return publicGroupsInOrder(rows.map((r) => r.id));
}

/** Every group's slug, ended groups too: the addresses that have a public page. */
export async function listGroupSlugs(): Promise<string[]> {
  return (await db.group.findMany({ select: { slug: true } })).map((g) => g.slug);
}

/** Whether a group has this slug: one lookup on the unique index. */
export async function groupSlugExists(slug: string): Promise<boolean> {
  return (await db.group.findUnique({ where: { slug }, select: { id: true } })) !== null;
}
