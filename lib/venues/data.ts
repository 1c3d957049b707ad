import "server-only";
// Reads and writes of venues. A venue that a group has (now or in its history) is retired, never
// deleted: the foreign key refuses it too. Renaming or moving a venue rewrites its groups' search text.
import { db, lockKeys } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { placeSearchText } from "@/lib/groups/place";
import { groupSearchColumns } from "@/lib/groups/search";
import { venueChoice, type VenueChoiceRefusal } from "./rules";
import type { VenueInput, VenueUpdateInput } from "./schema";
import type { PublicVenue } from "./venues";

const order = [{ retiredAt: { sort: "desc" as const, nulls: "first" as const } }, { name: "asc" as const }, { id: "asc" as const }];

/** The venues a group form offers: in use, and retired ones marked (the form keeps a group's own). */
export async function listVenueChoices(client: Tx | typeof db = db) {
  const rows = await client.venue.findMany({ select: { id: true, name: true, town: true, retiredAt: true }, orderBy: { name: "asc" } });
  return rows.map(({ retiredAt, ...r }) => ({ ...r, retired: retiredAt !== null }));
}

/** The admin page: every venue with its groups counted. */
export async function listVenuesForAdmin(_admin: Actor) {
  const rows = await db.venue.findMany({
    select: {
      id: true,
      name: true,
      address: true,
      postcode: true,
      town: true,
      directions: true,
      stepFreeAccess: true,
      accessibleToilet: true,
      hearingLoop: true,
      parking: true,
      publicTransport: true,
      retiredAt: true,
      _count: { select: { groups: true } },
    },
    orderBy: order,
  });
  return rows.map(({ _count, ...r }) => ({ ...r, groups: _count.groups }));
}
export type AdminVenueRow = Awaited<ReturnType<typeof listVenuesForAdmin>>[number];

/** One venue for its edit form. */
export async function getVenueForAdmin(_admin: Actor, id: string) {
  return db.venue.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      address: true,
      postcode: true,
      town: true,
      directions: true,
      stepFreeAccess: true,
      accessibleToilet: true,
      hearingLoop: true,
      parking: true,
      publicTransport: true,
      retiredAt: true,
      _count: { select: { groups: true } },
    },
  });
}

/** Whether a venue may be given to a group now (rules.ts venueChoice), in the caller's transaction; with the venue for the search text. */
export async function checkVenueChoice(
  tx: Tx,
  id: string,
  current?: string | null,
): Promise<{ refusal: VenueChoiceRefusal; venue: null } | { refusal: null; venue: PublicVenue }> {
  const row = await tx.venue.findUnique({ where: { id }, select: { ...publicVenueFields, retiredAt: true } });
  const refusal = venueChoice(row && { id: row.id, retired: row.retiredAt !== null }, current);
  if (refusal || !row) return { refusal: refusal ?? "UNKNOWN_VENUE", venue: null };
  const { retiredAt: _retired, ...venue } = row;
  return { refusal: null, venue };
}

const publicVenueFields = {
  id: true,
  name: true,
  address: true,
  postcode: true,
  town: true,
  directions: true,
  stepFreeAccess: true,
  accessibleToilet: true,
  hearingLoop: true,
  parking: true,
  publicTransport: true,
} as const;

export type VenueChanged = { venueId: string };

// Venue writes run one after the other (lockKeys), so two creates of one name cannot both pass the check.
const VENUES_LOCK = "venues";

const sameName = (a: string, b: string) => a.toLocaleLowerCase("da-DK") === b.toLocaleLowerCase("da-DK");

async function nameTaken(tx: Tx, name: string, except?: string): Promise<boolean> {
  const all = await tx.venue.findMany({ select: { id: true, name: true } });
  return all.some((v) => v.id !== except && sameName(v.name, name));
}

export async function createVenue(tx: Tx, input: VenueInput): Promise<Outcome<VenueChanged, "DUPLICATE_NAME">> {
  await lockKeys(tx, [VENUES_LOCK]);
  if (await nameTaken(tx, input.name)) return refuse("DUPLICATE_NAME");
  const venue = await tx.venue.create({ data: input, select: { id: true } });
  return done({ venueId: venue.id });
}

/** Every field; the groups there get their search text again (the catalogue finds them by the new name and town). */
export async function updateVenue(tx: Tx, { venueId, ...input }: VenueUpdateInput): Promise<Outcome<VenueChanged, "NOT_FOUND" | "DUPLICATE_NAME">> {
  await lockKeys(tx, [VENUES_LOCK]);
  if (!(await tx.venue.findUnique({ where: { id: venueId }, select: { id: true } }))) return refuse("NOT_FOUND");
  if (await nameTaken(tx, input.name, venueId)) return refuse("DUPLICATE_NAME");
  const venue = await tx.venue.update({ where: { id: venueId }, data: input, select: publicVenueFields });
  const groups = await tx.group.findMany({
    where: { venueId },
    select: { id: true, name: true, description: true, format: true, meetingPoint: true },
  });
  for (const g of groups) {
    await tx.group.update({
      where: { id: g.id },
      data: groupSearchColumns({ name: g.name, description: g.description, place: placeSearchText({ ...g, venue }) }),
      select: { id: true },
    });
  }
  return done({ venueId });
}

/** Out of the choices for groups; the groups there keep it. */
export async function retireVenue(tx: Tx, venueId: string, now = new Date()): Promise<Outcome<VenueChanged, "NOT_FOUND" | "ALREADY_RETIRED">> {
  const venue = await tx.venue.findUnique({ where: { id: venueId }, select: { retiredAt: true } });
  if (!venue) return refuse("NOT_FOUND");
  if (venue.retiredAt) return refuse("ALREADY_RETIRED");
  await tx.venue.update({ where: { id: venueId }, data: { retiredAt: now }, select: { id: true } });
  return done({ venueId });
}

export async function restoreVenue(tx: Tx, venueId: string): Promise<Outcome<VenueChanged, "NOT_FOUND" | "NOT_RETIRED">> {
  const venue = await tx.venue.findUnique({ where: { id: venueId }, select: { retiredAt: true } });
  if (!venue) return refuse("NOT_FOUND");
  if (!venue.retiredAt) return refuse("NOT_RETIRED");
  await tx.venue.update({ where: { id: venueId }, data: { retiredAt: null }, select: { id: true } });
  return done({ venueId });
}

/** Gone for good: only a venue no group has, ended groups included (they keep where they met). */
export async function deleteVenue(tx: Tx, venueId: string): Promise<Outcome<VenueChanged, "NOT_FOUND" | "IN_USE">> {
  await lockKeys(tx, [VENUES_LOCK]);
  if (!(await tx.venue.findUnique({ where: { id: venueId }, select: { id: true } }))) return refuse("NOT_FOUND");
  if ((await tx.group.count({ where: { venueId } })) > 0) return refuse("IN_USE");
  await tx.venue.delete({ where: { id: venueId }, select: { id: true } });
  return done({ venueId });
}
