import { env } from "@/lib/env";
import { groupStructuredData, structuredDataJson, type StructuredDataGroup } from "@/lib/feeds/structured-data";
import type { TopicList } from "@/lib/topics/topics";

/**
 * The group as schema.org data for search engines. A JSON-LD data block is not executed, and the CSP
 * (security-headers.mjs) admits inline scripts in any case, so it needs no nonce.
 */
export function GroupStructuredData({ group, topics }: { group: StructuredDataGroup; topics: TopicList }) {
  const data = groupStructuredData(group, env().SITE_URL, topics);
  if (!data) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: structuredDataJson(data) }} />;
}
