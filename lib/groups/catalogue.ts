import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { topicLabel, type AgeBandValue, type CadenceValue, type GroupStateValue, type TopicValue } from "./labels";
import type { CatalogueFilter } from "./filters";
import { CATALOGUE_STATES, freeSeats, takesNewcomers } from "./rules";
import { activeParticipantCountSelect, groupPresentationSelect } from "./selects";

// Public read model of groups: only fields that may be shown to anyone. Never participants, facilitators,
// applications or the reason a group ended.
export type PublicGroup = {
  id: string;
  slug: string;
  name: string;
  topic: TopicValue;
  ageBand: AgeBandValue;
  description: string;
  cadence: CadenceValue;
  weekday: number | null;
  startTime: string | null;
  durationMinutes: number;
  place: string;
  state: GroupStateValue;
  startDate: Date | null;
  endedAt: Date | null;
  openForNewcomers: boolean;
  isFull: boolean;
  takesNewcomers: boolean;
};

const publicSelect = {
  ...groupPresentationSelect,
  startDate: true,
  endedAt: true,
  ...activeParticipantCountSelect,
} satisfies Prisma.GroupSelect;

type Row = Prisma.GroupGetPayload<{ select: typeof publicSelect }>;

function toPublic({ capacity, _count, ...row }: Row): PublicGroup {
  const facts = { ...row, capacity, activeParticipants: _count.participations };
  return { ...row, isFull: freeSeats(facts) === 0, takesNewcomers: takesNewcomers(facts) };
}

const byName = (a: PublicGroup, b: PublicGroup) => a.name.localeCompare(b.name, "da");

/** Every word of the query must appear in the name, description, topic or place (Danish case folding). */
function matchesQuery(group: PublicGroup, q: string): boolean {
  const haystack = [group.name, group.description, topicLabel[group.topic], group.place].join(" ").toLocaleLowerCase("da");
  return q
    .toLocaleLowerCase("da")
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The public catalogue: groups that have not ended, narrowed by the filter, sorted by name. */
export async function listCatalogue(filter: CatalogueFilter): Promise<PublicGroup[]> {
  const where: Prisma.GroupWhereInput = {
    state: filter.state ?? { in: [...CATALOGUE_STATES] },
    ...(filter.topic ? { topic: filter.topic } : {}),
    ...(filter.ageBand ? { ageBand: filter.ageBand } : {}),
    ...(filter.weekday ? { weekday: filter.weekday } : {}),
    ...(filter.openOnly ? { openForNewcomers: true } : {}),
  };
  // The catalogue is small (tens of groups); fullness and Danish text search are decided here.
  const groups = (await db.group.findMany({ where, select: publicSelect })).map(toPublic);
  return groups
    .filter((g) => !filter.openOnly || g.takesNewcomers)
    .filter((g) => !filter.q || matchesQuery(g, filter.q))
    .sort(byName);
}

/** One group by slug for its public page, ended or not; null when there is no such group. */
export async function getPublicGroup(slug: string): Promise<PublicGroup | null> {
  const row = await db.group.findUnique({ where: { slug }, select: publicSelect });
  return row ? toPublic(row) : null;
}

/** Groups like this one (same topic or age band, not ended): both matching first, then open ones. */
export async function listSimilarGroups(group: Pick<PublicGroup, "id" | "topic" | "ageBand">, limit = 3): Promise<PublicGroup[]> {
  const rows = await db.group.findMany({
    where: { id: { not: group.id }, state: { in: [...CATALOGUE_STATES] }, OR: [{ topic: group.topic }, { ageBand: group.ageBand }] },
    select: publicSelect,
  });
  const score = (g: PublicGroup) => (g.topic === group.topic ? 4 : 0) + (g.ageBand === group.ageBand ? 2 : 0) + (g.takesNewcomers ? 1 : 0);
  return rows
    .map(toPublic)
    .sort((a, b) => score(b) - score(a) || byName(a, b))
    .slice(0, limit);
}

/** Every group's slug, ended groups too: the addresses that have a public page. */
export async function listGroupSlugs(): Promise<string[]> {
  return (await db.group.findMany({ select: { slug: true } })).map((g) => g.slug);
}
