// schema.org structured data for a group page: the group as an Event with a weekly Schedule. Public
// fields only (no facilitators, no participants, no counts). Pure.
import { calendarRhythm, groupPageUrl } from "@/lib/calendar/group-event";
import { ageBandLabel } from "@/lib/groups/labels";
import { topicInfo, type TopicList } from "@/lib/topics/topics";
import { groupPlace } from "@/lib/groups/place";
import { endTime, type GroupSchedule } from "@/lib/groups/schedule";

export type StructuredDataGroup = Omit<GroupSchedule, "id"> & { description: string };

const SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The Event, or null when the group has ended or has no weekly rhythm to describe. */
export function groupStructuredData(group: StructuredDataGroup, siteUrl: string, topics: TopicList): Record<string, unknown> | null {
  const rhythm = calendarRhythm(group);
  if (!rhythm || !group.startTime) return null;
  const place = groupPlace(group);
  const startDate = group.startDate ? group.startDate.toISOString().slice(0, 10) : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: group.name,
    description: group.description,
    url: groupPageUrl(siteUrl, group.slug),
    inLanguage: "da",
    about: topicInfo(topics, group.topic).label,
    audience: { "@type": "PeopleAudience", audienceType: ageBandLabel[group.ageBand] },
    eventAttendanceMode: `https://schema.org/${group.format === "ONLINE" ? "Online" : "Offline"}EventAttendanceMode`,
    eventStatus: "https://schema.org/EventScheduled",
    ...(startDate ? { startDate } : {}),
    eventSchedule: {
      "@type": "Schedule",
      repeatFrequency: rhythm.interval === 1 ? "P1W" : "P2W",
      byDay: `https://schema.org/${SCHEMA_DAYS[rhythm.weekday - 1]}`,
      startTime: `${group.startTime}:00`,
      endTime: `${endTime(group.startTime, group.durationMinutes)}:00`,
      scheduleTimezone: "Europe/Copenhagen",
      ...(startDate ? { startDate } : {}),
    },
    // Online: a virtual place without its link (only admitted participants get it).
    location:
      group.format === "ONLINE"
        ? { "@type": "VirtualLocation", name: "Online" }
        : {
            "@type": "Place",
            name: place.name ?? place.text,
            address: place.address
              ? {
                  "@type": "PostalAddress",
                  streetAddress: place.address,
                  postalCode: place.postalCode,
                  addressLocality: place.city,
                  addressCountry: "DK",
                }
              : place.text,
          },
  };
}

/**
 * The JSON for a <script type="application/ld+json">: "<" written as \u003c, so no text of the group
 * can close the script element early.
 */
export function structuredDataJson(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
