import { db } from "@/lib/db";
import * as topics from "@/lib/topics/actions";
import type { AuthzRow } from "./types";

// Topics are never deleted, and clearAllTables keeps them: each call works on a topic of its own.
let n = 0;
const ownTopic = async (retired = false) =>
  db.topic.create({
    data: {
      slug: `authz-${++n}`,
      label: `Authz ${n}`,
      description: "Et emne til testen.",
      sortOrder: 100 + n,
      retiredAt: retired ? new Date() : null,
    },
    select: { key: true },
  });

export const rows: AuthzRow[] = [
  {
    action: "lib/topics/actions#createTopic",
    allowed: "ADMIN",
    call: () => topics.createTopic({ label: `Nyt emne ${++n}`, slug: "", description: "Et nyt emne til testen." }),
  },
  {
    action: "lib/topics/actions#updateTopic",
    allowed: "ADMIN",
    call: async () => topics.updateTopic({ topicKey: (await ownTopic()).key, label: `Omdøbt ${++n}`, description: "En ny beskrivelse." }),
  },
  {
    action: "lib/topics/actions#moveTopic",
    allowed: "ADMIN",
    call: async () => topics.moveTopic({ topicKey: (await ownTopic()).key, direction: "up" }),
  },
  {
    action: "lib/topics/actions#retireTopic",
    allowed: "ADMIN",
    call: async () => topics.retireTopic({ topicKey: (await ownTopic()).key }),
  },
  {
    action: "lib/topics/actions#restoreTopic",
    allowed: "ADMIN",
    call: async () => topics.restoreTopic({ topicKey: (await ownTopic(true)).key }),
  },
];
