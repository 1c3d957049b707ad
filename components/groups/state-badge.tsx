import type { GroupStateValue } from "@/lib/groups/labels";
import { stateText } from "./group-format";

const tone: Record<GroupStateValue, string> = {
  PLANNED: "border-sand-200 bg-sand-100 text-ink",
  STARTING: "border-brand-700/30 bg-brand-50 text-brand-800",
  WITHDRAWING: "border-brand-700/30 bg-brand-50 text-brand-800",
  SELF_RUNNING: "border-success-700/30 bg-white text-success-700",
  ENDED: "border-sand-200 bg-sand-200 text-ink",
};

/** The lifecycle state in plain Danish. */
export function StateBadge({ state }: { state: GroupStateValue }) {
  return <span className={`inline-block rounded-full border px-3 py-0.5 text-base font-medium ${tone[state]}`}>{stateText(state)}</span>;
}
