// Pure rules for topics: the slug a new topic gets, the order after a move, and whether a topic may be
// chosen for something new. No I/O.
import { slugify } from "@/lib/groups/slug";
import { TOPIC_SLUG_MAX } from "./schema";

/** The slug typed, or one made from the label ("Angst og uro" → "angst-og-uro"). */
export function topicSlugFrom(label: string, typed: string): string {
  if (typed) return typed;
  const made = slugify(label).slice(0, TOPIC_SLUG_MAX).replace(/-+$/, "");
  // slugify names a label without letters or digits "gruppe"; a topic's is "emne".
  return made === "gruppe" && !/gruppe/i.test(label) ? "emne" : made;
}

/**
 * The keys in their new order after moving `key` one place up or down; null when it cannot move (the
 * first up, the last down, or a key not in the list).
 */
export function movedOrder(keys: readonly string[], key: string, direction: "up" | "down"): string[] | null {
  const i = keys.indexOf(key);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= keys.length) return null;
  const next = [...keys];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

export type TopicChoiceRefusal = "UNKNOWN_TOPIC" | "RETIRED_TOPIC";

/**
 * Whether a topic may be given to a group or an interest entry. A retired topic may stay on what already
 * has it (`current`, a group edited without changing its topic), never be chosen anew.
 */
export function topicChoice(topic: { key: string; retired: boolean } | null, current?: string | null): TopicChoiceRefusal | null {
  if (!topic) return "UNKNOWN_TOPIC";
  if (topic.retired && topic.key !== current) return "RETIRED_TOPIC";
  return null;
}

/** The refusals a command that takes a topic adds to its own (on the topic field). */
export const topicChoiceRefusals = {
  UNKNOWN_TOPIC: { field: "topic", message: "Vælg et emne fra listen." },
  RETIRED_TOPIC: { field: "topic", message: "Emnet er udgået. Vælg et andet emne." },
} as const;
