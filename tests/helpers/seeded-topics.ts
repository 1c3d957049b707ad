// The topics the migration made (prisma/migrations/*_topics_as_data), read from its INSERT: tests that
// need a topic list without a database use the migration's own words, so they live in one place.
import fs from "node:fs";
import path from "node:path";
import type { Topic, TopicKey } from "@/lib/topics/topics";

const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
const folder = fs.readdirSync(migrations).find((d) => d.endsWith("_topics_as_data"));
if (!folder) throw new Error("the topics_as_data migration is missing");
const sql = fs.readFileSync(path.join(migrations, folder, "migration.sql"), "utf8");

/** Every seeded topic, in its order, none retired. */
export const seededTopics: Topic[] = [...sql.matchAll(/\('([A-Z_]+)', '([a-z-]+)', '([^']+)', '([^']+)', (\d+),/g)]
  .sort((a, b) => Number(a[5]) - Number(b[5]))
  .map(([, key, slug, label, description]) => ({ key, slug, label, description, retired: false }));

if (seededTopics.length !== 7) throw new Error(`expected the 7 seeded topics in ${folder}, found ${seededTopics.length}`);

export function seededTopic(key: TopicKey): Topic {
  const topic = seededTopics.find((t) => t.key === key);
  if (!topic) throw new Error(`no seeded topic ${key}`);
  return topic;
}
