import { calendarFileName, groupCalendarEvent } from "@/lib/calendar/group-event";
import { getCalendarGroup } from "@/lib/calendar/data";
import { calendarNotFound, calendarResponse } from "@/lib/calendar/responses";
import { getIdentity } from "@/lib/settings/data";
import { env } from "@/lib/env";
import { getTopics } from "@/lib/topics/cache";

// "Tilføj til kalender": the group's meetings as one recurring event. Made on first request and then
// served from the cache like the group page; every write that changes the group revalidates this path
// (lib/cache/invalidate.ts). proxy.ts answers unknown slugs before this runs, so they leave no cache entry.
export const dynamic = "force-static";

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const [group, topics] = await Promise.all([getCalendarGroup(slug), getTopics()]);
  const event = group ? groupCalendarEvent(group, env().SITE_URL, topics) : null;
  // Ended groups and groups without a weekly rhythm have no calendar.
  if (!group || !event) return calendarNotFound();
  return calendarResponse(
    { name: group.name, producer: (await getIdentity()).orgName, events: [event] },
    { fileName: calendarFileName(group.slug), cache: "public" },
  );
}
