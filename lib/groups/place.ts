// Where a group meets, as every page, email, feed and calendar says it: its format (in person, online,
// outdoors), its venue and its meeting point. The online link is no part of it: only the admission
// email, Min side and the group's staff read Group.onlineUrl. Pure; safe in the browser.
import { venueAddressLine, venueSearchText, type PublicVenue } from "@/lib/venues/venues";

export const GROUP_FORMATS = ["IN_PERSON", "ONLINE", "OUTDOORS"] as const;
export type GroupFormatValue = (typeof GROUP_FORMATS)[number];

export const formatLabel: Record<GroupFormatValue, string> = {
  IN_PERSON: "I person",
  ONLINE: "Online",
  OUTDOORS: "Udendørs",
};

/** What the public page says where an online group's place would be. */
export const ONLINE_PUBLIC_TEXT = "Online – linket får du, når du er optaget";

/** Where a group meets, as its public read models carry it (lib/groups/selects.ts groupWhereSelect). */
export type GroupWhere = { format: GroupFormatValue; meetingPoint: string; venue: PublicVenue | null };

export type GroupPlace = {
  /** The whole place as one line, as a calendar's LOCATION or an email says it. */
  text: string;
  /** The venue's (or meeting point's) name, else null. */
  name: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
};

/** The place in the feeds' and calendars' terms: the venue's address; an online group has none. */
export function groupPlace(group: GroupWhere): GroupPlace {
  const text = placeText(group);
  const v = group.venue;
  if (group.format === "ONLINE" || !v)
    return { text, name: group.format === "OUTDOORS" && group.meetingPoint ? group.meetingPoint : null, address: null, postalCode: null, city: null };
  return {
    text,
    name: group.format === "OUTDOORS" && group.meetingPoint ? group.meetingPoint : v.name,
    address: v.address || null,
    postalCode: v.postcode || null,
    city: v.town || null,
  };
}

/** One line: "Selvhjælp Herning, Fredensgade 14, 7400 Herning", "Online" or "Ved P-pladsen (Fuglsang Sø, …)". */
export function placeText(group: GroupWhere): string {
  if (group.format === "ONLINE") return "Online";
  const v = group.venue;
  const venueLine = v ? [v.name === venueAddressLine(v) ? null : v.name, venueAddressLine(v)].filter(Boolean).join(", ") : "";
  if (group.format === "OUTDOORS") {
    const point = group.meetingPoint || "Udendørs";
    return venueLine ? `${point} (${venueLine})` : point;
  }
  return venueLine || "Stedet oplyses senere";
}

/** The words the catalogue's search finds a group's place by (lib/groups/search.ts groupSearchColumns' `place`). */
export function placeSearchText(group: Pick<GroupWhere, "format" | "venue" | "meetingPoint">): string {
  const format = group.format === "ONLINE" ? "online" : group.format === "OUTDOORS" ? "udendørs" : "";
  return [format, group.meetingPoint, venueSearchText(group.venue)].filter(Boolean).join(" ");
}
