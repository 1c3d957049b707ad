// Links into the interest list with the topic and age band preselected. Safe in the browser.
import { AGE_BANDS, ageBandSlug, type AgeBandValue } from "@/lib/groups/labels";
import { activeTopicBySlug, type Topic, type TopicKey, type TopicList } from "@/lib/topics/topics";

/** The interest list with this topic (when it is in use: a retired one cannot be chosen there) and age band. */
export function interestHref(topic?: Topic, ageBand?: AgeBandValue): string {
  const params = new URLSearchParams();
  if (topic && !topic.retired) params.set("emne", topic.slug);
  if (ageBand) params.set("alder", ageBandSlug[ageBand]);
  const query = params.toString();
  return query ? `/interesse?${query}` : "/interesse";
}

/** ?emne=<slug> as the key of a topic in use, or undefined. */
export function topicFromSlug(topics: TopicList, slug: unknown): TopicKey | undefined {
  return activeTopicBySlug(topics, slug)?.key;
}

export function ageBandFromSlug(slug: unknown): AgeBandValue | undefined {
  return AGE_BANDS.find((a) => ageBandSlug[a] === slug);
}
