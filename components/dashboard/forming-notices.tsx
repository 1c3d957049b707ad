import Link from "next/link";
import { formatShortDate } from "@/lib/format";
import type { FormingProgress } from "@/lib/groups/forming-rules";
import { ageBandLabel, type AgeBandValue } from "@/lib/groups/labels";
import { topicAdminLabel, type TopicKey, type TopicList } from "@/lib/topics/topics";

type ReadyGroup = { id: string; name: string; reachedAt: Date; progress: FormingProgress | null };
type InterestNotice = { topic: TopicKey; ageBand: AgeBandValue; reachedAt: Date; waiting: number };

/**
 * What the coordinator was told by email, also on the overview: planned groups that have reached their
 * minimum (until they start), and interest-list topics with enough confirmed people to start a group.
 */
export function FormingNotices({ groups, interest, topics }: { groups: ReadyGroup[]; interest: InterestNotice[]; topics: TopicList }) {
  return (
    <section aria-labelledby="klar-til-start" className="space-y-3">
      <h2 id="klar-til-start" className="text-2xl font-semibold">
        Klar til at starte
      </h2>
      {groups.length === 0 && interest.length === 0 ? (
        <p className="text-muted">Ingen planlagte grupper eller emner på interesselisten har nok deltagere lige nu.</p>
      ) : (
        <ul className="max-w-2xl space-y-2">
          {groups.map((g) => (
            <li key={g.id} className="rounded border-2 border-brand-700 bg-white p-3">
              <Link href={`/admin/grupper/${g.id}`} className="font-medium">
                {g.name}
              </Link>
              <span className="block text-base text-muted">
                Har nok deltagere siden {formatShortDate(g.reachedAt)}
                {g.progress ? ` · ${g.progress.counted} tæller med (mindst ${g.progress.minimum})` : ""}
              </span>
            </li>
          ))}
          {interest.map((i) => (
            <li key={`${i.topic}-${i.ageBand}`} className="rounded border-2 border-brand-700 bg-white p-3">
              <span className="font-medium">
                Interesseliste: {topicAdminLabel(topics, i.topic)} · {ageBandLabel[i.ageBand]}
              </span>
              <span className="block text-base text-muted">
                Nok interesse siden {formatShortDate(i.reachedAt)} · {i.waiting} venter
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
