import Link from "next/link";
import { CalendarFeedPanel } from "@/components/calendar/calendar-feed-panel";
import { getOwnFeed } from "@/lib/calendar/data";
import { formatDateTime } from "@/lib/format";
import { requireUserPage } from "@/lib/auth/session";
import { listGroupsForFacilitator } from "@/lib/groups/view-data";
import { ageBandLabel, stateLabel } from "@/lib/groups/labels";
import { getTopics } from "@/lib/topics/cache";
import { topicAdminLabel } from "@/lib/topics/topics";

export const metadata = { title: "Mine grupper" };

export default async function MyGroupsPage() {
  const user = await requireUserPage();
  if (!user.facilitatorId) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Mine grupper</h1>
        <p>Du er ikke registreret som igangsætter. {user.role === "ADMIN" ? <Link href="/admin/grupper">Se alle grupper</Link> : null}</p>
      </div>
    );
  }
  const [groups, feed, topics] = await Promise.all([listGroupsForFacilitator(user), getOwnFeed(user), getTopics()]);
  const active = groups.filter((g) => g.active);
  const former = groups.filter((g) => !g.active);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Mine grupper</h1>
      <section aria-labelledby="aktive" className="space-y-3">
        <h2 id="aktive" className="text-xl font-semibold">
          Grupper, jeg er igangsætter for
        </h2>
        {active.length === 0 ? <p>Du er ikke tildelt nogen grupper lige nu.</p> : null}
        <ul className="space-y-2">
          {active.map(({ group: g }) => (
            <li key={g.id}>
              <Link href={`/admin/mine-grupper/${g.id}`} className="font-medium">
                {g.name}
              </Link>{" "}
              <span className="text-muted">
                – {topicAdminLabel(topics, g.topic)} · {ageBandLabel[g.ageBand]} · {stateLabel[g.state]}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kalender" className="space-y-3">
        <h2 id="kalender" className="text-xl font-semibold">
          Mine grupper i kalenderen
        </h2>
        <CalendarFeedPanel createdText={feed ? formatDateTime(feed.createdAt) : null} />
      </section>
      {former.length > 0 ? (
        <section aria-labelledby="tidligere" className="space-y-3">
          <h2 id="tidligere" className="text-xl font-semibold">
            Tidligere grupper
          </h2>
          <ul className="space-y-2">
            {former.map(({ group: g }) => (
              <li key={g.id}>
                <Link href={`/admin/mine-grupper/${g.id}`}>{g.name}</Link> <span className="text-muted">– {stateLabel[g.state]}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
