// Links into the interest list with the topic and age band preselected. Safe in the browser.
import { AGE_BANDS, ageBandSlug, TOPICS, topicSlug, type AgeBandValue, type TopicValue } from "@/lib/groups/labels";

export function interestHref(topic?: TopicValue, ageBand?: AgeBandValue): string {
  const params = new URLSearchParams();
  if (topic) params.set("emne", topicSlug[topic]);
  if (ageBand) params.set("alder", ageBandSlug[ageBand]);
  const query = params.toString();
  return query ? `/interesse?${query}` : "/interesse";
}

export function topicFromSlug(slug: unknown): TopicValue | undefined {
  return TOPICS.find((t) => topicSlug[t] === slug);
}

export function ageBandFromSlug(slug: unknown): AgeBandValue | undefined {
  return AGE_BANDS.find((a) => ageBandSlug[a] === slug);
}
