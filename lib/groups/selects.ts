// Select shapes shared by the group read models (public catalogue, signup, admin and facilitator pages).
// Plain objects: each data module passes them to Prisma and adds what only it needs.
import type { Prisma } from "@/lib/generated/prisma/client";

/** A venue as anyone may read it (lib/venues/venues.ts PublicVenue). */
export const publicVenueSelect = {
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
} as const satisfies Prisma.VenueSelect;

/** Where a group meets (lib/groups/place.ts GroupWhere). Never the online link: only admitted participants and staff read it. */
export const groupWhereSelect = {
  format: true,
  meetingPoint: true,
  venue: { select: publicVenueSelect },
} as const satisfies Prisma.GroupSelect;

/** What presents a group anywhere: its name, topic, rhythm, place, size and state. Public fields only. */
export const groupPresentationSelect = {
  id: true,
  slug: true,
  name: true,
  topic: true,
  ageBand: true,
  description: true,
  cadence: true,
  weekday: true,
  startTime: true,
  durationMinutes: true,
  ...groupWhereSelect,
  capacity: true,
  openForNewcomers: true,
  state: true,
} as const satisfies Prisma.GroupSelect;

/** The active participants, counted in the same query (a subselect), so a list of groups costs one round trip. */
export const activeParticipantCountSelect = {
  _count: { select: { participations: { where: { leftAt: null } } } },
} as const satisfies Prisma.GroupSelect;

/** When and where a group meets, as the emails about it say it (lib/applications/emails.ts MeetingFacts). */
export const meetingFactsSelect = {
  weekday: true,
  startTime: true,
  durationMinutes: true,
  cadence: true,
  ...groupWhereSelect,
  startDate: true,
} as const satisfies Prisma.GroupSelect;

/** The fields of lib/groups/schedule.ts GroupSchedule: calendars, the open-data feed and the structured data read these. */
export const groupScheduleSelect = {
  id: true,
  slug: true,
  name: true,
  topic: true,
  ageBand: true,
  ...meetingFactsSelect,
  state: true,
} as const satisfies Prisma.GroupSelect;
