import Link from "next/link";
import type { PublicGroup } from "@/lib/groups/catalogue";
import { ageBandLabel, topicLabel } from "@/lib/groups/labels";
import { FormingLine } from "./forming-status";
import { GroupFacts } from "./group-facts";
import { NewcomerStatus } from "./newcomer-status";
import { StateBadge } from "./state-badge";

/** One group in a list: name (the link), topic and age band, state, practical facts, newcomers. */
export function GroupCard({ group, headingLevel = 3 }: { group: PublicGroup; headingLevel?: 2 | 3 }) {
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
          {topicLabel[group.topic]} · {ageBandLabel[group.ageBand]}
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

export function GroupCardList({ groups, headingLevel = 3 }: { groups: PublicGroup[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {groups.map((group) => (
        <li key={group.id}>
          <GroupCard group={group} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
