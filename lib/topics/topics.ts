// Topics as the pages and pure functions take them: the list the administrators keep (lib/topics/data.ts
// reads it, lib/topics/cache.ts caches it), passed in as an argument or a prop. Pure and safe in the
// browser: no database, and no topic's words (the seeded topics' labels live in their migration).

/** A topic's stable key: the value Group.topic, Interest.topic and InterestMinimumNotice.topic hold. */
export type TopicKey = string;

export type Topic = {
  key: TopicKey;
  /** The catalogue's ?emne=<slug> and the interest list's. */
  slug: string;
  label: string;
  description: string;
  /** Retired: keeps its groups, interest entries and figures, but leaves every public choice. */
  retired: boolean;
};

/** Every topic in the administrators' order, retired ones too. */
export type TopicList = readonly Topic[];

/** How a retired topic is marked where administrators see it (its figures, its groups, the choices). */
export const RETIRED_MARK = "udgået";

/** A topic by key; a key no topic has (never expected: topics are never deleted) shows as itself. */
export function topicOf(topics: TopicList, key: TopicKey): Topic {
  return topics.find((t) => t.key === key) ?? { key, slug: key.toLowerCase(), label: key, description: "", retired: true };
}

export function topicLabel(topics: TopicList, key: TopicKey): string {
  return topicOf(topics, key).label;
}

/** A topic's public slug and label: what feeds, calendars and structured data say about it. */
export function topicInfo(topics: TopicList, key: TopicKey): { slug: string; label: string } {
  const { slug, label } = topicOf(topics, key);
  return { slug, label };
}

/** The label as administrators read it: a retired topic is marked. */
export function topicAdminLabel(topics: TopicList, key: TopicKey): string {
  const topic = topicOf(topics, key);
  return topic.retired ? `${topic.label} (${RETIRED_MARK})` : topic.label;
}

/** The topics a visitor or an administrator can choose for something new: not retired. */
export function activeTopics(topics: TopicList): Topic[] {
  return topics.filter((t) => !t.retired);
}

/** The active topic with this slug (case-insensitive), or undefined: a retired or unknown slug is ignored. */
export function activeTopicBySlug(topics: TopicList, slug: unknown): Topic | undefined {
  if (typeof slug !== "string" || !slug) return undefined;
  const wanted = slug.trim().toLowerCase();
  return topics.find((t) => !t.retired && t.slug === wanted);
}

/** Options for a select of topics, as { value: key, label }: the active ones, and `keep` (a group's current topic) even when retired. */
export function topicOptions(topics: TopicList, keep?: TopicKey | null): { value: string; label: string }[] {
  return topics.filter((t) => !t.retired || t.key === keep).map((t) => ({ value: t.key, label: topicAdminLabel(topics, t.key) }));
}
