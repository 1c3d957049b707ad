import { groupCalendarEvent } from "@/lib/calendar/group-event";
import { getFeedGroups } from "@/lib/calendar/data";
import { calendarNotFound, calendarResponse } from "@/lib/calendar/responses";
import { getIdentity } from "@/lib/settings/data";
import { env } from "@/lib/env";
import { getTopics } from "@/lib/topics/cache";

// A signed-in user's private feed of their groups: /kalender/<token>.ics, made on their "Mine grupper"
// page. Read anew on every request (a revoked link stops at once); an address that is not a token's
// shape is answered without touching the database, and a token is one lookup of its hash.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -".ics".length) : null;
  const groups = token ? await getFeedGroups(token) : null;
  if (!groups) return calendarNotFound();
  const siteUrl = env().SITE_URL;
  const topics = await getTopics();
  const events = groups.flatMap((g) => groupCalendarEvent(g, siteUrl, topics) ?? []);
  return calendarResponse(
    { name: "Mine grupper", producer: (await getIdentity()).orgName, refreshInterval: "PT6H", events },
    { fileName: "mine-grupper.ics", cache: "private" },
  );
}
