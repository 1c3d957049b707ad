import "server-only";
import { db, lockKeys } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { pageOf, pageWindow } from "@/lib/pagination";
import { checkTopicChoice } from "@/lib/topics/data";
import type { TopicChoiceRefusal } from "@/lib/topics/rules";
import type { GroupInput, GroupListFilter } from "./schema";
import { groupSearchColumns } from "./search";
import { groupPresentationSelect } from "./selects";
import { placeSearchText } from "./place";
import { checkVenueChoice } from "@/lib/venues/data";
import type { VenueChoiceRefusal } from "@/lib/venues/rules";
import type { PublicVenue } from "@/lib/venues/venues";
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
} as const;

/**
 * The administrators' list, a page at a time in Danish name order (the stored sort key, then id), with
 * the total for the filter (a count on the state or topic index). Active participants and facilitators
 * are counted for the groups on the page only. The page has authorised the administrator.
 */
export async function listGroupsForAdmin(_admin: Actor, filter: GroupListFilter, page = 1) {
  const where = { state: filter.state, topic: filter.topic };
  const [found, total] = await Promise.all([
    db.group.findMany({ where, select: listSelect, orderBy: [{ sortKey: "asc" }, { id: "asc" }], ...pageWindow(page) }),
    db.group.count({ where }),
  ]);
  const paged = pageOf(found, page);
  const ids = paged.rows.map((g) => g.id);
  const [participants, facilitators] = await Promise.all([
    db.participation.groupBy({ by: ["groupId"], where: { groupId: { in: ids }, leftAt: null }, _count: { _all: true } }),
    db.facilitatorAssignment.groupBy({ by: ["groupId"], where: { groupId: { in: ids }, withdrawnAt: null }, _count: { _all: true } }),
  ]);
  const countOf = (rows: { groupId: string; _count: { _all: number } }[], id: string) => rows.find((r) => r.groupId === id)?._count._all ?? 0;
  const rows = paged.rows.map((g) => ({ ...g, activeParticipants: countOf(participants, g.id), activeFacilitators: countOf(facilitators, g.id) }));
  return { ...paged, rows, total };
}
export type AdminGroupRow = Awaited<ReturnType<typeof listGroupsForAdmin>>["rows"][number];

/** Editable fields of one group, for the edit form. */
export async function getGroupForEdit(_admin: Actor, id: string) {
  return db.group.findUnique({
    where: { id },
    // The online link too: the edit form is the administrators'.
    select: {
      ...groupPresentationSelect,
      startDate: true,
      plannedEndDate: true,
      minParticipants: true,
      expectedStartOn: true,
      venueId: true,
      onlineUrl: true,
    },
  });
}

/** The group's venue, if it has one, checked as a choice (a retired venue may stay on the group that has it). */
async function venueOf(tx: Tx, venueId: string | null, current?: string | null) {
  if (!venueId) return { refusal: null, venue: null };
  return checkVenueChoice(tx, venueId, current);
}

/** The stored search text: the name, description and where the group meets (its venue's name, address and town). */
function searchColumns(input: GroupInput, venue: PublicVenue | null) {
  return groupSearchColumns({ name: input.name, description: input.description, place: placeSearchText({ ...input, venue }) });
}

/** What a write on a group changed: the group's id and slug, for the pages that show it. */
export type GroupChanged = { groupId: string; slug: string };

/**
 * Creates a planned group with a unique slug made from its name, on a topic in use. The slug is locked
 * first (lockKeys: the write lock on SQLite, an advisory lock on PostgreSQL, where a row lock cannot
 * cover a slug no row has yet), so no other transaction can take the same slug between the read and the insert.
 */
export async function createGroup(tx: Tx, actor: Actor, input: GroupInput): Promise<Outcome<GroupChanged, TopicChoiceRefusal | VenueChoiceRefusal>> {
  const topicRefusal = await checkTopicChoice(tx, input.topic);
  if (topicRefusal) return refuse(topicRefusal);
  const venue = await venueOf(tx, input.venueId);
  if (venue.refusal) return refuse(venue.refusal);
  const base = slugify(input.name);
  await lockKeys(tx, [`group-slug:${base}`]);
  const taken = await tx.group.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const slug = uniqueSlug(
    base,
    taken.map((r) => r.slug),
  );
  const group = await tx.group.create({
    data: { ...input, ...searchColumns(input, venue.venue), slug, state: "PLANNED" },
    select: { id: true, slug: true },
  });
  await tx.groupStateChange.create({
    data: { groupId: group.id, kind: "STATE", fromState: null, toState: "PLANNED", reason: "Gruppen blev oprettet", actorUserId: actor.id },
  });
  return done({ groupId: group.id, slug: group.slug });
}

/**
 * Updates every field. The slug stays as it was so that links to the public page keep working.
 * An ended group cannot be reopened to newcomers. A group keeps its topic after the topic is retired,
 * but cannot be moved to a retired one.
 */
export async function updateGroup(
  tx: Tx,
  id: string,
  input: GroupInput,
): Promise<Outcome<GroupChanged, "NOT_FOUND" | "ENDED_GROUP_OPEN" | TopicChoiceRefusal | VenueChoiceRefusal>> {
  const current = await tx.group.findUnique({ where: { id }, select: { slug: true, state: true, topic: true, venueId: true } });
  if (!current) return refuse("NOT_FOUND");
  if (current.state === "ENDED" && input.openForNewcomers) return refuse("ENDED_GROUP_OPEN");
  const topicRefusal = await checkTopicChoice(tx, input.topic, current.topic);
  if (topicRefusal) return refuse(topicRefusal);
  const venue = await venueOf(tx, input.venueId, current.venueId);
  if (venue.refusal) return refuse(venue.refusal);
  await tx.group.update({ where: { id }, data: { ...input, ...searchColumns(input, venue.venue) }, select: { id: true } });
  return done({ groupId: id, slug: current.slug });
}
