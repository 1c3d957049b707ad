import "server-only";
// Every write on venues: the administrators create, edit, retire, restore and delete them. A venue in
// use is never deleted. A change shows on its groups' pages, cards, calendar files and feed entries.
import type { Change } from "@/lib/cache/invalidate";
import { command } from "@/lib/command/define";
import * as data from "./data";
import { venueIdInput, venueInput, venueUpdateInput } from "./schema";

const NOT_FOUND = "Stedet findes ikke.";
const DUPLICATE_NAME = { field: "name", message: "Der findes allerede et sted med det navn." };

const entity = (_input: unknown, d: data.VenueChanged) => ({ type: "Venue" as const, id: d.venueId });
const venuesChanged = (): Change[] => [{ kind: "venues" }];

export const createVenue = command({
  name: "venues.create",
  policy: { kind: "admin" },
  input: venueInput,
  run: (tx, _actor, input) => data.createVenue(tx, input),
  refusals: { DUPLICATE_NAME },
  audit: { verb: "venue.create", entity },
  invalidates: venuesChanged,
  result: (d) => ({ id: d.venueId }),
});

export const updateVenue = command({
  name: "venues.update",
  policy: { kind: "admin" },
  input: venueUpdateInput,
  run: (tx, _actor, input) => data.updateVenue(tx, input),
  refusals: { NOT_FOUND, DUPLICATE_NAME },
  audit: { verb: "venue.update", entity },
  invalidates: venuesChanged,
});

export const retireVenue = command({
  name: "venues.retire",
  policy: { kind: "admin" },
  input: venueIdInput,
  run: (tx, _actor, input) => data.retireVenue(tx, input.venueId),
  refusals: { NOT_FOUND, ALREADY_RETIRED: "Stedet er allerede udgået." },
  audit: { verb: "venue.retire", entity },
  invalidates: venuesChanged,
});

export const restoreVenue = command({
  name: "venues.restore",
  policy: { kind: "admin" },
  input: venueIdInput,
  run: (tx, _actor, input) => data.restoreVenue(tx, input.venueId),
  refusals: { NOT_FOUND, NOT_RETIRED: "Stedet er allerede i brug." },
  audit: { verb: "venue.restore", entity },
  invalidates: venuesChanged,
});

export const deleteVenue = command({
  name: "venues.delete",
  policy: { kind: "admin" },
  input: venueIdInput,
  run: (tx, _actor, input) => data.deleteVenue(tx, input.venueId),
  refusals: {
    NOT_FOUND,
    IN_USE: "Stedet kan ikke slettes, fordi en eller flere grupper mødes eller har mødtes der. Sæt det som udgået i stedet.",
  },
  audit: { verb: "venue.delete", entity },
  invalidates: venuesChanged,
});
