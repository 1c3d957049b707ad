import type { Metadata } from "next";
import { InterestView } from "@/components/interest/interest-view";

// Static. A link that preselects a topic or an age band (/interesse?emne=…&alder=…) is answered by a
// cached copy with those choices (next.config.mjs → app/(public)/udvalg/interesse).
export const metadata: Metadata = { title: "Interesseliste" };

export default function InterestPage() {
  return <InterestView />;
}
