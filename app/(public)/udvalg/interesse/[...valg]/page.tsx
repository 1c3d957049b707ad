import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InterestView } from "@/components/interest/interest-view";
import { interestChoiceOfSegments } from "@/lib/cache/public-routes";
import { getIdentity } from "@/lib/settings/data";
import { getTopics } from "@/lib/topics/cache";

// The interest page with a topic and/or an age band preselected, as the page cache keeps it: next.config.mjs
// rewrites /interesse?emne=…&alder=… here (lib/cache/public-rewrites.mjs), at most 7 × 4 + 7 + 4 copies.
// A copy whose topic has been retired since shows the form without it.
export function generateStaticParams(): { valg: string[] }[] {
  return [];
}

export const metadata: Metadata = { title: "Interesseliste" };

type Params = Promise<{ valg: string[] }>;

export default async function PreselectedInterestPage({ params }: { params: Params }) {
  const [{ valg }, topics, { orgName }] = await Promise.all([params, getTopics(), getIdentity()]);
  const choice = interestChoiceOfSegments(valg, topics);
  if (!choice) notFound();
  return <InterestView topics={topics} orgName={orgName} topic={choice.topic} ageBand={choice.ageBand} />;
}
