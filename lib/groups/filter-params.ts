// Reads the admin list's ?fase=<stateSlug>&emne=<topicSlug> into a state and a topic key (retired topics
// too: administrators still find their groups). Pure.
import type { TopicList } from "@/lib/topics/topics";
import { GROUP_STATES, stateSlug, type GroupStateValue } from "./labels";
import type { GroupListFilter } from "./schema";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseGroupListParams(params: Record<string, string | string[] | undefined>, topics: TopicList): GroupListFilter {
  const fase = first(params.fase);
  const emne = first(params.emne);
  const state = GROUP_STATES.find((s) => stateSlug[s] === fase) as GroupStateValue | undefined;
  const topic = topics.find((t) => t.slug === emne)?.key;
  return { state, topic };
}
