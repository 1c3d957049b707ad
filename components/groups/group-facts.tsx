import type { PublicGroup } from "@/lib/groups/catalogue";
import { ageBandLabel } from "@/lib/groups/labels";
import type { Topic } from "@/lib/topics/topics";
import { accessibilityOf } from "@/lib/venues/venues";
import { publicPlaceText } from "./group-venue";
import { durationText, rhythmText, scheduleText } from "./group-format";

/** With `topic` (the group's, as the topic list has it), the facts begin with the topic and the age band. */
type Props = { group: PublicGroup; topic?: Topic };

/** The practical facts about a group as a description list. */
export function GroupFacts({ group, topic }: Props) {
  const facts: Array<[string, string]> = [
    ...(topic
      ? ([
          ["Emne", topic.label],
          ["Aldersgruppe", ageBandLabel[group.ageBand]],
        ] as Array<[string, string]>)
      : []),
    ["Hvornår", scheduleText(group)],
    ["Hvor ofte", rhythmText(group.cadence)],
    ["Varighed", durationText(group.durationMinutes)],
    ["Sted", publicPlaceText(group)],
    // The accessibility in short; the group's page lists it under the venue.
    ...(group.format !== "ONLINE" && group.venue && accessibilityOf(group.venue).length > 0
      ? ([["Tilgængelighed", accessibilityOf(group.venue).join(", ")]] as Array<[string, string]>)
      : []),
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
