import type { Metadata } from "next";
import { InterestView } from "@/components/interest/interest-view";
import { ageBandFromSlug, topicFromSlug } from "@/lib/interest/links";
import { getIdentity } from "@/lib/settings/data";
import { getTopics } from "@/lib/topics/cache";

// The interest form rendered per request, storing nothing: next.config.mjs rewrites /interesse?emne=…
// here when the rewrites do not know the topic's slug (a topic added after the build, or none that
// exists: then nothing is preselected). lib/cache/public-rewrites.mjs.
export const metadata: Metadata = { title: "Interesseliste" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InterestForRequestPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, topics, { orgName }] = await Promise.all([searchParams, getTopics(), getIdentity()]);
  return <InterestView topics={topics} orgName={orgName} topic={topicFromSlug(topics, params.emne)} ageBand={ageBandFromSlug(params.alder)} />;
}
