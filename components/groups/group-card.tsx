import Link from "next/link";
import type { PublicGroup } from "@/lib/groups/catalogue";
import { ageBandLabel } from "@/lib/groups/labels";
import { topicLabel, type TopicList } from "@/lib/topics/topics";
import { FormingLine } from "./forming-status";
import { GroupFacts } from "./group-facts";
import { NewcomerStatus } from "./newcomer-status";
import { StateBadge } from "./state-badge";

type Props = { group: PublicGroup; topics: TopicList; headingLevel?: 2 | 3 };

/** One group in a list: name (the link), topic and age band, state, practical facts, newcomers. */
export function GroupCard({ group, topics, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full flex-col gap-3 rounded-lg border border-sand-200 bg-white p-5 shadow-sm">
      <div>
        <Heading className="text-xl font-semibold leading-snug">
          <Link prefetch={false} href={`/grupper/${group.slug}`}>
            {group.name}
          </Link>
        </Heading>
        <p className="text-muted">
          {topicLabel(topics, group.topic)} · {ageBandLabel[group.ageBand]}
        </p>
      </div>
      <div>
        <StateBadge state={group.state} />
      </div>
      <GroupFacts group={group} />
      <div className="mt-auto">
        <NewcomerStatus group={group} />
        <FormingLine group={group} />
      </div>
    </article>
  );
}

export function GroupCardList({ groups, topics, headingLevel = 3 }: Omit<Props, "group"> & { groups: PublicGroup[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {groups.map((group) => (
        <li key={group.id}>
          <GroupCard group={group} topics={topics} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
