// Select shapes shared by the group read models (public catalogue, signup, admin and facilitator pages).
// Plain objects: each data module passes them to Prisma and adds what only it needs.
import type { Prisma } from "@/lib/generated/prisma/client";

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
  place: true,
  capacity: true,
  openForNewcomers: true,
  state: true,
} as const satisfies Prisma.GroupSelect;
