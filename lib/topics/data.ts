import "server-only";
// Reads and writes of topics. A topic is never deleted (the migration's trigger refuses it): retiring
// keeps its key valid for every group, interest entry and yearly figure that has it.
import { db, lockKeys } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { movedOrder, topicChoice, topicSlugFrom, type TopicChoiceRefusal } from "./rules";
import type { TopicCreateInput, TopicMoveInput, TopicUpdateInput } from "./schema";
import type { Topic, TopicKey } from "./topics";

const topicSelect = { key: true, slug: true, label: true, description: true, retiredAt: true } as const;
const order = [{ sortOrder: "asc" as const }, { createdAt: "asc" as const }, { key: "asc" as const }];

const toTopic = (r: { key: string; slug: string; label: string; description: string; retiredAt: Date | null }): Topic => ({
  key: r.key,
  slug: r.slug,
  label: r.label,
  description: r.description,
  retired: r.retiredAt !== null,
});

/** Every topic in the administrators' order, retired ones too. Public pages read it through lib/topics/cache.ts. */
export async function listTopics(client: Tx | typeof db = db): Promise<Topic[]> {
  return (await client.topic.findMany({ select: topicSelect, orderBy: order })).map(toTopic);
}

/** The admin page: every topic with when it was retired and how much has it (groups, waiting interest entries). */
export async function listTopicsForAdmin(_admin: Actor) {
  const [rows, groups, interest] = await Promise.all([
    db.topic.findMany({ select: topicSelect, orderBy: order }),
    db.group.groupBy({ by: ["topic"], _count: { _all: true } }),
    db.interest.groupBy({ by: ["topic"], where: { handledAt: null }, _count: { _all: true } }),
  ]);
  const countOf = (list: { topic: string; _count: { _all: number } }[], key: string) => list.find((r) => r.topic === key)?._count._all ?? 0;
  return rows.map((r) => ({ ...toTopic(r), retiredAt: r.retiredAt, groups: countOf(groups, r.key), waitingInterest: countOf(interest, r.key) }));
}
export type AdminTopicRow = Awaited<ReturnType<typeof listTopicsForAdmin>>[number];

/** Whether this topic may be given to a group or an interest entry now (rules.ts topicChoice), in the caller's transaction. */
export async function checkTopicChoice(tx: Tx, key: TopicKey, current?: TopicKey | null): Promise<TopicChoiceRefusal | null> {
  const row = await tx.topic.findUnique({ where: { key }, select: { key: true, retiredAt: true } });
  return topicChoice(row && { key: row.key, retired: row.retiredAt !== null }, current);
}

/** One topic, read in the caller's transaction (an email written there); null for a key no topic has. */
export async function getTopicIn(tx: Tx, key: TopicKey): Promise<Topic | null> {
  const row = await tx.topic.findUnique({ where: { key }, select: topicSelect });
  return row && toTopic(row);
}

/** A topic's label for an email written in the caller's transaction; the key itself if none (never expected). */
export async function topicLabelIn(tx: Tx, key: TopicKey): Promise<string> {
  return (await getTopicIn(tx, key))?.label ?? key;
}

export type TopicChanged = { key: string; slug: string };

const sameLabel = (a: string, b: string) => a.toLocaleLowerCase("da-DK") === b.toLocaleLowerCase("da-DK");

async function labelTaken(tx: Tx, label: string, except?: string): Promise<boolean> {
  const all = await tx.topic.findMany({ select: { key: true, label: true } });
  return all.some((t) => t.key !== except && sameLabel(t.label, label));
}

/**
 * Every write on topics takes this one lock first (lockKeys: the write lock on SQLite, an advisory lock
 * on PostgreSQL), so they run one after the other: of two creates of one slug the second reads the
 * first's row and is refused instead of failing on the unique index, and two moves or two retirements
 * never interleave. Topic writes are rare; one lock costs nothing.
 */
const TOPICS_LOCK = "topics";

/** A new topic, last in the order, with the slug typed or one made from the label. */
export async function createTopic(tx: Tx, input: TopicCreateInput): Promise<Outcome<TopicChanged, "DUPLICATE_SLUG" | "DUPLICATE_LABEL">> {
  const slug = topicSlugFrom(input.label, input.slug);
  await lockKeys(tx, [TOPICS_LOCK]);
  if (await tx.topic.findUnique({ where: { slug }, select: { key: true } })) return refuse("DUPLICATE_SLUG");
  if (await labelTaken(tx, input.label)) return refuse("DUPLICATE_LABEL");
  const last = await tx.topic.aggregate({ _max: { sortOrder: true } });
  const topic = await tx.topic.create({
    data: { slug, label: input.label, description: input.description, sortOrder: (last._max.sortOrder ?? -1) + 1 },
    select: { key: true, slug: true },
  });
  return done(topic);
}

/** New label and description; the slug and the key stay. */
export async function updateTopic(tx: Tx, input: TopicUpdateInput): Promise<Outcome<TopicChanged, "NOT_FOUND" | "DUPLICATE_LABEL">> {
  await lockKeys(tx, [TOPICS_LOCK]);
  const current = await tx.topic.findUnique({ where: { key: input.topicKey }, select: { key: true, slug: true } });
  if (!current) return refuse("NOT_FOUND");
  if (await labelTaken(tx, input.label, current.key)) return refuse("DUPLICATE_LABEL");
  await tx.topic.update({ where: { key: current.key }, data: { label: input.label, description: input.description }, select: { key: true } });
  return done(current);
}

/** One place up or down. The whole order is written as 0, 1, 2 …, so ties from earlier writes cannot stick. */
export async function moveTopic(tx: Tx, input: TopicMoveInput): Promise<Outcome<TopicChanged, "NOT_FOUND" | "CANNOT_MOVE">> {
  await lockKeys(tx, [TOPICS_LOCK]);
  const rows = await tx.topic.findMany({ select: { key: true, slug: true, sortOrder: true }, orderBy: order });
  const topic = rows.find((r) => r.key === input.topicKey);
  if (!topic) return refuse("NOT_FOUND");
  const next = movedOrder(
    rows.map((r) => r.key),
    topic.key,
    input.direction,
  );
  if (!next) return refuse("CANNOT_MOVE");
  for (const [i, key] of next.entries()) {
    if (rows.find((r) => r.key === key)?.sortOrder !== i) await tx.topic.update({ where: { key }, data: { sortOrder: i }, select: { key: true } });
  }
  return done({ key: topic.key, slug: topic.slug });
}

/** Retired: out of every public choice; its groups, interest entries and figures keep it. The last topic in use cannot go. */
export async function retireTopic(
  tx: Tx,
  key: TopicKey,
  now = new Date(),
): Promise<Outcome<TopicChanged, "NOT_FOUND" | "ALREADY_RETIRED" | "LAST_ACTIVE">> {
  await lockKeys(tx, [TOPICS_LOCK]);
  const topic = await tx.topic.findUnique({ where: { key }, select: { key: true, slug: true, retiredAt: true } });
  if (!topic) return refuse("NOT_FOUND");
  if (topic.retiredAt) return refuse("ALREADY_RETIRED");
  if ((await tx.topic.count({ where: { retiredAt: null } })) <= 1) return refuse("LAST_ACTIVE");
  await tx.topic.update({ where: { key }, data: { retiredAt: now }, select: { key: true } });
  return done({ key: topic.key, slug: topic.slug });
}

/** Back in use, in its old place. */
export async function restoreTopic(tx: Tx, key: TopicKey): Promise<Outcome<TopicChanged, "NOT_FOUND" | "NOT_RETIRED">> {
  const topic = await tx.topic.findUnique({ where: { key }, select: { key: true, slug: true, retiredAt: true } });
  if (!topic) return refuse("NOT_FOUND");
  if (!topic.retiredAt) return refuse("NOT_RETIRED");
  await tx.topic.update({ where: { key }, data: { retiredAt: null }, select: { key: true } });
  return done({ key: topic.key, slug: topic.slug });
}
