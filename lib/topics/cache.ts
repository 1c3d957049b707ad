import "server-only";
// The topic list as pages and route handlers read it: one read shared by every request until a topic
// command expires the tag (lib/cache/invalidate.ts tagsFor), and within a request one call however many
// components ask. Commands, jobs and scripts read lib/topics/data.ts in their own transaction instead.
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { TOPICS_TAG } from "@/lib/cache/invalidate";
import { listTopics } from "./data";
import type { Topic } from "./topics";

const cachedTopics = unstable_cache(async (): Promise<Topic[]> => listTopics(), ["topics-list"], { tags: [TOPICS_TAG] });

/** Every topic in order, retired ones too (marked): lib/topics/topics.ts picks the public choices. */
export const getTopics = cache((): Promise<Topic[]> => cachedTopics());
