import type { Metadata } from "next";
import { InterestView } from "@/components/interest/interest-view";
import { getIdentity } from "@/lib/settings/data";
import { getTopics } from "@/lib/topics/cache";

// Static. A link that preselects a topic or an age band (/interesse?emne=…&alder=…) is answered by a
// cached copy with those choices, or for a topic added after the build by the form rendered per request
// (next.config.mjs → app/(public)/udvalg/interesse and interesse-valg).
export const metadata: Metadata = { title: "Interesseliste" };

export default async function InterestPage() {
  const [topics, { orgName }] = await Promise.all([getTopics(), getIdentity()]);
  return <InterestView topics={topics} orgName={orgName} />;
}
