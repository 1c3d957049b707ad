import type { PublicGroup } from "@/lib/groups/catalogue";
import { ageBandLabel, topicLabel } from "@/lib/groups/labels";
import { durationText, rhythmText, scheduleText } from "./group-format";

type Props = { group: PublicGroup; withTopic?: boolean };

/** The practical facts about a group as a description list. */
export function GroupFacts({ group, withTopic = false }: Props) {
  const facts: Array<[string, string]> = [
    ...(withTopic
      ? ([
          ["Emne", topicLabel[group.topic]],
          ["Aldersgruppe", ageBandLabel[group.ageBand]],
        ] as Array<[string, string]>)
      : []),
    ["Hvornår", scheduleText(group)],
    ["Hvor ofte", rhythmText(group.cadence)],
    ["Varighed", durationText(group.durationMinutes)],
    ["Sted", group.place],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
