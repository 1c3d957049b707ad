import { formatTimeRange } from "@/lib/format";
import { ageBandLabel, cadenceLabel, statePublicLabel, weekdayLabel } from "@/lib/groups/labels";
import type { PublicGroup } from "@/lib/groups/catalogue";
import { publicPlaceText } from "@/components/groups/group-venue";
import { topicLabel, type TopicList } from "@/lib/topics/topics";

export type GroupSummaryData = Pick<
  PublicGroup,
  | "name"
  | "description"
  | "topic"
  | "ageBand"
  | "cadence"
  | "weekday"
  | "startTime"
  | "durationMinutes"
  | "format"
  | "meetingPoint"
  | "venue"
  | "state"
>;

/** The short facts about a group that someone applying should see. */
export function GroupSummary({ group, topics }: { group: GroupSummaryData; topics: TopicList }) {
  const when = [
    cadenceLabel[group.cadence],
    group.weekday ? weekdayLabel[group.weekday].toLowerCase() : null,
    group.startTime ? formatTimeRange(group.startTime, group.durationMinutes) : null,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <div className="space-y-3">
      <p className="whitespace-pre-line">{shorten(group.description)}</p>
      <dl className="grid gap-x-6 gap-y-1 rounded border border-sand-200 bg-white p-4 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Emne</dt>
        <dd>{topicLabel(topics, group.topic)}</dd>
        <dt className="font-semibold">For</dt>
        <dd>{ageBandLabel[group.ageBand]}</dd>
        <dt className="font-semibold">Mødes</dt>
        <dd>{when || "Aftales i gruppen"}</dd>
        <dt className="font-semibold">Sted</dt>
        <dd>{publicPlaceText(group)}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{statePublicLabel[group.state]}</dd>
      </dl>
    </div>
  );
}

/** The start of the description: the group page has the rest. */
function shorten(text: string, max = 300): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  return `${trimmed.slice(0, trimmed.lastIndexOf(" ", max)).trimEnd()} …`;
}
