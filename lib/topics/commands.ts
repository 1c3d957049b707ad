import "server-only";
// Every write on topics: the administrators create, rename, order, retire and restore them. A topic is
// never deleted. Each change shows across the public site (labels, filters, shortcuts, feeds).
import type { Change } from "@/lib/cache/invalidate";
import { command } from "@/lib/command/define";
import * as data from "./data";
import { topicCreateInput, topicKeyInput, topicMoveInput, topicUpdateInput } from "./schema";

const NOT_FOUND = "Emnet findes ikke.";
const DUPLICATE_LABEL = { field: "label", message: "Der findes allerede et emne med det navn." };

const entity = (_input: unknown, d: data.TopicChanged) => ({ type: "Topic" as const, id: d.key });
const topicsChanged = (): Change[] => [{ kind: "topics" }];

export const createTopic = command({
  name: "topics.create",
  policy: { kind: "admin" },
  input: topicCreateInput,
  run: (tx, _actor, input) => data.createTopic(tx, input),
  refusals: {
    DUPLICATE_SLUG: { field: "slug", message: "Et andet emne har allerede den adresse. Vælg en anden." },
    DUPLICATE_LABEL,
  },
  audit: { verb: "topic.create", entity },
  invalidates: topicsChanged,
  result: (d) => ({ key: d.key, slug: d.slug }),
});

export const updateTopic = command({
  name: "topics.update",
  policy: { kind: "admin" },
  input: topicUpdateInput,
  run: (tx, _actor, input) => data.updateTopic(tx, input),
  refusals: { NOT_FOUND, DUPLICATE_LABEL },
  audit: { verb: "topic.update", entity },
  invalidates: topicsChanged,
});

export const moveTopic = command({
  name: "topics.move",
  policy: { kind: "admin" },
  input: topicMoveInput,
  run: (tx, _actor, input) => data.moveTopic(tx, input),
  refusals: { NOT_FOUND, CANNOT_MOVE: "Emnet kan ikke flyttes længere i den retning." },
  audit: { verb: "topic.move", entity, details: (input) => ({ direction: input.direction }) },
  invalidates: topicsChanged,
});

export const retireTopic = command({
  name: "topics.retire",
  policy: { kind: "admin" },
  input: topicKeyInput,
  run: (tx, _actor, input) => data.retireTopic(tx, input.topicKey),
  refusals: {
    NOT_FOUND,
    ALREADY_RETIRED: "Emnet er allerede udgået.",
    LAST_ACTIVE: "Der skal være mindst ét emne i brug, så nye grupper og interesselisten har et at vælge.",
  },
  audit: { verb: "topic.retire", entity },
  invalidates: topicsChanged,
});

export const restoreTopic = command({
  name: "topics.restore",
  policy: { kind: "admin" },
  input: topicKeyInput,
  run: (tx, _actor, input) => data.restoreTopic(tx, input.topicKey),
  refusals: { NOT_FOUND, NOT_RETIRED: "Emnet er allerede i brug." },
  audit: { verb: "topic.restore", entity },
  invalidates: topicsChanged,
});
