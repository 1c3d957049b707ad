// Reads the admin list's ?fase=<stateSlug>&emne=<topicSlug> into enum values. Pure.
import { GROUP_STATES, TOPICS, stateSlug, topicSlug, type GroupStateValue, type TopicValue } from "./labels";
import type { GroupListFilter } from "./schema";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseGroupListParams(params: Record<string, string | string[] | undefined>): GroupListFilter {
  const fase = first(params.fase);
  const emne = first(params.emne);
  const state = GROUP_STATES.find((s) => stateSlug[s] === fase) as GroupStateValue | undefined;
  const topic = TOPICS.find((t) => topicSlug[t] === emne) as TopicValue | undefined;
  return { state, topic };
}
