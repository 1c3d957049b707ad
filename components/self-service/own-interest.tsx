import Link from "next/link";
import { formatDate } from "@/lib/format";
import { ageBandLabel } from "@/lib/groups/labels";
import { removeInterest } from "@/lib/self-service/actions";
import type { OwnPage } from "@/lib/self-service/view-data";
import { topicLabel, type TopicList } from "@/lib/topics/topics";
import { SelfActionButton } from "./self-action-button";

/** The member's interest-list entries (under their address); removing one withdraws its consent. */
export function OwnInterest({ interest, topics }: { interest: OwnPage["interest"]; topics: TopicList }) {
  return (
    <section aria-labelledby="interesse" className="space-y-4">
      <h2 id="interesse" className="text-2xl font-semibold">
        Interesselisten
      </h2>
      {interest.length === 0 ? (
        <p>
          Du står ikke på interesselisten. <Link href="/interesse">Skriv dig på listen</Link>
        </p>
      ) : (
        <ul className="space-y-2">
          {interest.map((i) => {
            const what = `${topicLabel(topics, i.topic)}, ${ageBandLabel[i.ageBand].toLowerCase()}`;
            return (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-sand-200 bg-white p-3">
                <span>
                  <strong>{what}</strong> · skrevet på {formatDate(i.createdAt)}
                  {i.awaitsConfirmation ? " · ikke bekræftet endnu" : null}
                </span>
                <SelfActionButton
                  action={removeInterest}
                  input={{ interestId: i.id }}
                  label={`Fjern mig fra interesselisten: ${what}`}
                  confirm="Fjern dig fra listen? Så sletter vi tilmeldingen."
                >
                  Fjern mig
                </SelfActionButton>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
