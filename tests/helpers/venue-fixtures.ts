// A venue and a group's "where" for pure tests (no database): the organisation's premises.
import type { GroupWhere } from "@/lib/groups/place";
import type { PublicVenue } from "@/lib/venues/venues";

export const fredensgade: PublicVenue = {
  id: "v1",
  name: "Selvhjælp Herning",
  address: "Fredensgade 14",
  postcode: "7400",
  town: "Herning",
  directions: "Indgang fra gaden.",
  stepFreeAccess: true,
  accessibleToilet: true,
  hearingLoop: false,
  parking: false,
  publicTransport: true,
};

/** In person at Fredensgade 14, 7400 Herning. */
export const atFredensgade: GroupWhere = { format: "IN_PERSON", meetingPoint: "", venue: fredensgade };
