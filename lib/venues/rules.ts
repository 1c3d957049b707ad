// Pure rules for venues: whether a venue may be chosen for a group. No I/O.

export type VenueChoiceRefusal = "UNKNOWN_VENUE" | "RETIRED_VENUE";

/** A retired venue may stay on a group that has it (`current`), never be chosen anew. */
export function venueChoice(venue: { id: string; retired: boolean } | null, current?: string | null): VenueChoiceRefusal | null {
  if (!venue) return "UNKNOWN_VENUE";
  if (venue.retired && venue.id !== current) return "RETIRED_VENUE";
  return null;
}

/** The refusals a group command adds to its own (on the venue field). */
export const venueChoiceRefusals = {
  UNKNOWN_VENUE: { field: "venueId", message: "Vælg et sted fra listen." },
  RETIRED_VENUE: { field: "venueId", message: "Stedet er udgået. Vælg et andet sted." },
} as const;
