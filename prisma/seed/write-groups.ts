// Writes the groups with their lifecycle history, facilitator assignments and meetings.
import { db } from "@/lib/db";
import { groupSearchColumns } from "@/lib/groups/search";
import { daysAgo } from "./dates";
import { placeSearchText } from "@/lib/groups/place";
import { DEFAULT_VENUE, seedGroups, seedVenues, type SeedGroup } from "./groups";
import type { FacilitatorIds } from "./write-people";

export type GroupIds = Record<string, string>;

function stateEntered(group: SeedGroup, state: string): number | undefined {
  return group.path.find(([s]) => s === state)?.[1];
}

export async function seedGroupData(now: Date, facilitators: FacilitatorIds): Promise<GroupIds> {
  const ids: GroupIds = {};
  for (const { id, ...venue } of seedVenues) await db.venue.upsert({ where: { id }, update: {}, create: { id, ...venue }, select: { id: true } });
  for (const g of seedGroups) {
    const venue = seedVenues.find((v) => v.id === (g.venue ?? DEFAULT_VENUE))!;
    const where = { format: g.format ?? "IN_PERSON", meetingPoint: g.meetingPoint ?? "", venue: { ...venue } };
    const [current] = g.path[g.path.length - 1];
    const started = stateEntered(g, "STARTING");
    const ended = stateEntered(g, "ENDED");
    const group = await db.group.upsert({
      where: { slug: g.slug },
      update: {},
      create: {
        slug: g.slug,
        name: g.name,
        topic: g.topic,
        ageBand: g.ageBand,
        description: g.description,
        cadence: g.cadence,
        weekday: g.weekday,
        startTime: g.startTime,
        durationMinutes: g.durationMinutes ?? 120,
        format: where.format,
        meetingPoint: where.meetingPoint,
        venueId: venue.id,
        ...groupSearchColumns({ name: g.name, description: g.description, place: placeSearchText(where) }),
        capacity: g.capacity,
        openForNewcomers: g.openForNewcomers,
        state: current,
        startDate: started === undefined ? null : daysAgo(now, started),
        endedAt: ended === undefined ? null : daysAgo(now, ended),
        endReason: g.endReason ?? null,
        rhythmAgreed: g.readiness ?? stateEntered(g, "WITHDRAWING") !== undefined,
        groundRulesAgreed: g.readiness ?? stateEntered(g, "WITHDRAWING") !== undefined,
        createdAt: daysAgo(now, g.path[0][1]),
      },
      select: { id: true },
    });
    ids[g.slug] = group.id;

    // History: creation (into PLANNED), then each transition, then the group's own decisions.
    for (const [index, [state, days]] of g.path.entries()) {
      const id = `seed-state-${g.slug}-${index}`;
      const fromState = index === 0 ? null : g.path[index - 1][0];
      const reason = state === "ENDED" ? (g.endReason ?? null) : index === 0 ? "Gruppen er oprettet" : null;
      await db.groupStateChange.upsert({
        where: { id },
        update: {},
        create: { id, groupId: group.id, kind: "STATE", fromState, toState: state, reason, createdAt: daysAgo(now, days) },
      });
    }
    for (const [index, [reason, days]] of (g.decisions ?? []).entries()) {
      const id = `seed-decision-${g.slug}-${index}`;
      await db.groupStateChange.upsert({
        where: { id },
        update: {},
        create: { id, groupId: group.id, kind: "DECISION", reason, createdAt: daysAgo(now, days) },
      });
    }

    for (const a of g.assignments ?? []) {
      const id = `seed-assignment-${g.slug}-${a.facilitator}`;
      await db.facilitatorAssignment.upsert({
        where: { id },
        update: {},
        create: {
          id,
          groupId: group.id,
          facilitatorId: facilitators[a.facilitator].facilitatorId,
          assignedAt: daysAgo(now, a.assignedDaysAgo),
          withdrawnAt: a.withdrawnDaysAgo === undefined ? null : daysAgo(now, a.withdrawnDaysAgo),
        },
      });
    }

    for (const [index, [days, present]] of (g.meetings ?? []).entries()) {
      const id = `seed-meeting-${g.slug}-${index}`;
      const recorder = present[0] ? facilitators[present[0]].userId : null;
      await db.meeting.upsert({
        where: { id },
        update: {},
        create: { id, groupId: group.id, heldOn: daysAgo(now, days), participantsPresent: 4 + (index % 3), recordedByUserId: recorder },
      });
      for (const key of present) {
        const facilitatorId = facilitators[key].facilitatorId;
        await db.meetingFacilitator.upsert({
          where: { meetingId_facilitatorId: { meetingId: id, facilitatorId } },
          update: {},
          create: { meetingId: id, facilitatorId },
        });
      }
    }
  }
  return ids;
}
