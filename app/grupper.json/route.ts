import { env } from "@/lib/env";
import { listFeedGroups } from "@/lib/feeds/data";
import { feedEntry } from "@/lib/feeds/groups-feed";
import { getTopics } from "@/lib/topics/cache";

// The open-data feed of groups (docs/feeds.md; schema: /grupper.schema.json). Prerendered, then served
// from the cache; every write that changes a group revalidates it (lib/cache/invalidate.ts).
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  const siteUrl = env().SITE_URL;
  const [rows, topics] = await Promise.all([listFeedGroups(), getTopics()]);
  const groups = rows.map((g) => feedEntry(g, siteUrl, topics));
  return new Response(JSON.stringify(groups), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      // Public data for other sites and apps to read.
      "Access-Control-Allow-Origin": "*",
      Link: '</grupper.schema.json>; rel="describedby"',
    },
  });
}
