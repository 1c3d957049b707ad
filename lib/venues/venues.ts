// Venues as pages and pure functions take them: a place where groups meet, with its address and what
// it offers for access. Pure and safe in the browser.

/** The accessibility a venue can offer, in the order pages list it. */
export const ACCESSIBILITY = ["stepFreeAccess", "accessibleToilet", "hearingLoop", "parking", "publicTransport"] as const;
export type AccessibilityKey = (typeof ACCESSIBILITY)[number];

/** Plain Danish, as the public page and the admin form say it. */
export const accessibilityLabel: Record<AccessibilityKey, string> = {
  stepFreeAccess: "Trinfri adgang",
  accessibleToilet: "Handicaptoilet",
  hearingLoop: "Teleslynge",
  parking: "Parkering",
  publicTransport: "Offentlig transport tæt på",
};

/** What anyone may read about a venue (its id is for the group form's choice). */
export type PublicVenue = {
  id: string;
  name: string;
  address: string;
  postcode: string;
  town: string;
  directions: string;
} & Record<AccessibilityKey, boolean>;

/** The accessibility a venue has, as labels. */
export function accessibilityOf(venue: Record<AccessibilityKey, boolean>): string[] {
  return ACCESSIBILITY.filter((k) => venue[k]).map((k) => accessibilityLabel[k]);
}

/** "Fredensgade 14, 7400 Herning": the street address with postcode and town when they are known. */
export function venueAddressLine(venue: Pick<PublicVenue, "address" | "postcode" | "town">): string {
  const town = [venue.postcode, venue.town].filter(Boolean).join(" ");
  return [venue.address, town].filter(Boolean).join(", ");
}

/**
 * A plain link to the address on OpenStreetMap's search: no embedded map, no third-party script, and
 * nothing about the visitor goes there before they follow it.
 */
export function mapLink(venue: Pick<PublicVenue, "address" | "postcode" | "town">): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(venueAddressLine(venue))}`;
}

/** The words the catalogue's search finds a group's venue by: its name, address and town. */
export function venueSearchText(venue: Pick<PublicVenue, "name" | "address" | "postcode" | "town"> | null): string {
  return venue ? `${venue.name} ${venueAddressLine(venue)}` : "";
}

/** Options for the group form's venue select: the venues in use, and `keep` (the group's own) even when retired. */
export function venueOptions(venues: readonly { id: string; name: string; town: string; retired: boolean }[], keep?: string | null) {
  return venues
    .filter((v) => !v.retired || v.id === keep)
    .map((v) => ({ value: v.id, label: `${v.name}${v.town && !v.name.includes(v.town) ? `, ${v.town}` : ""}${v.retired ? " (udgået)" : ""}` }));
}
