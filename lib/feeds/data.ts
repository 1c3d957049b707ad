import "server-only";
import { db } from "@/lib/db";
import { FORMING_BATCH_LIMIT, formingProgress } from "@/lib/groups/forming";
import type { FormingProgress } from "@/lib/groups/forming-rules";
import { CATALOGUE_STATES } from "@/lib/groups/rules";
import { activeParticipantCountSelect, groupScheduleSelect } from "@/lib/groups/selects";
import type { FeedGroup } from "./groups-feed";

/**
 * Every group the public catalogue lists (not ended), in the catalogue's name order, with its active
 * participants counted in the same query: the feed says only whether a group takes newcomers, never the count.
 * A planned group also carries how far it is from starting (lib/groups/forming.ts), counted a page of
 * groups at a time.
 */
export async function listFeedGroups(): Promise<FeedGroup[]> {
  const rows = await db.group.findMany({
    where: { state: { in: [...CATALOGUE_STATES] } },
    select: {
      ...groupScheduleSelect,
      description: true,
      openForNewcomers: true,
      capacity: true,
      expectedStartOn: true,
      updatedAt: true,
      ...activeParticipantCountSelect,
    },
    orderBy: [{ sortKey: "asc" }, { id: "asc" }],
  });
  const planned = rows.filter((r) => r.state === "PLANNED").map((r) => r.id);
  const progress = new Map<string, FormingProgress>();
  for (let i = 0; i < planned.length; i += FORMING_BATCH_LIMIT) {
    for (const [id, p] of await formingProgress(planned.slice(i, i + FORMING_BATCH_LIMIT))) progress.set(id, p);
  }
  return rows.map(({ _count, ...r }) => ({ ...r, activeParticipants: _count.participations, forming: progress.get(r.id) ?? null }));
}

/** The slug and last change of every listed group, for the sitemap. */
export async function listSitemapGroups(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.group.findMany({ where: { state: { in: [...CATALOGUE_STATES] } }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}
