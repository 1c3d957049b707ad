// Where a group meets, as the feeds and calendars need it: one name for the place, and a street
// address, postal code and city where they can be read. Today the group has one free-text place
// ("Kirkegade 3, 7400 Herning"); when venues become records, this is the one function to point at
// the group's venue. Pure; safe in the browser.

export type GroupPlace = {
  /** The whole place as one line, as a calendar's LOCATION or a page shows it. */
  text: string;
  /** The place's name when it has one before the street ("Fuglsang Sø"), else null. */
  name: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
};

// "…, 7400 Herning": a Danish postal code (4 digits) and the town, as the last comma-separated part.
const POSTAL_TOWN = /^(\d{4})\s+(\S.*)$/;

export function groupPlace(group: { place: string }): GroupPlace {
  const text = group.place.trim().replace(/\s+/g, " ");
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const town = parts.length >= 2 ? POSTAL_TOWN.exec(parts[parts.length - 1]) : null;
  if (!town) return { text, name: null, address: null, postalCode: null, city: null };
  const before = parts.slice(0, -1);
  return {
    text,
    name: before.length > 1 ? before.slice(0, -1).join(", ") : null,
    address: before[before.length - 1],
    postalCode: town[1],
    city: town[2],
  };
}
