import { db } from "@/lib/db";
import * as venues from "@/lib/venues/actions";
import type { AuthzRow } from "./types";

// Each call works on a venue of its own.
let n = 0;
const venueFields = () => ({ name: `Authz-sted ${++n}`, address: "Vejen 1", postcode: "7400", town: "Herning" });
const ownVenue = async (retired = false) =>
  db.venue.create({ data: { ...venueFields(), retiredAt: retired ? new Date() : null }, select: { id: true } });

export const rows: AuthzRow[] = [
  { action: "lib/venues/actions#createVenue", allowed: "ADMIN", call: () => venues.createVenue({ ...venueFields(), stepFreeAccess: true }) },
  {
    action: "lib/venues/actions#updateVenue",
    allowed: "ADMIN",
    call: async () => venues.updateVenue({ venueId: (await ownVenue()).id, ...venueFields(), hearingLoop: "on" }),
  },
  { action: "lib/venues/actions#retireVenue", allowed: "ADMIN", call: async () => venues.retireVenue({ venueId: (await ownVenue()).id }) },
  { action: "lib/venues/actions#restoreVenue", allowed: "ADMIN", call: async () => venues.restoreVenue({ venueId: (await ownVenue(true)).id }) },
  { action: "lib/venues/actions#deleteVenue", allowed: "ADMIN", call: async () => venues.deleteVenue({ venueId: (await ownVenue()).id }) },
];
