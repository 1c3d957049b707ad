import Link from "next/link";
import { catalogueHref } from "@/lib/groups/filters";
import { AGE_BANDS, ageBandLabel } from "@/lib/groups/labels";
import { activeTopics, type TopicList } from "@/lib/topics/topics";

/** Links straight into the catalogue, filtered by one topic in use or one age band. */
export function TopicShortcuts({ topics }: { topics: TopicList }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <nav aria-labelledby="topics-heading">
        <h3 id="topics-heading" className="text-lg font-semibold">
          Efter emne
        </h3>
        <ul className="mt-2 flex flex-wrap gap-2">
          {activeTopics(topics).map((topic) => (
            <li key={topic.key}>
              <Link
                prefetch={false}
                href={catalogueHref({ topic })}
                className="inline-block rounded-full border border-brand-700 bg-white px-4 py-1.5 no-underline hover:bg-brand-50"
              >
                {topic.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-labelledby="ages-heading">
        <h3 id="ages-heading" className="text-lg font-semibold">
          Efter alder
        </h3>
        <ul className="mt-2 flex flex-wrap gap-2">
          {AGE_BANDS.map((ageBand) => (
            <li key={ageBand}>
              <Link
                prefetch={false}
                href={catalogueHref({ ageBand })}
                className="inline-block rounded-full border border-brand-700 bg-white px-4 py-1.5 no-underline hover:bg-brand-50"
              >
                {ageBandLabel[ageBand]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
