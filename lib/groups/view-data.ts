import "server-only";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getSettings } from "@/lib/settings/data";
import { readTransitionFacts } from "./lifecycle-data";
import { groupPresentationSelect } from "./selects";

/** What both the admin group page and the facilitator's group page show about the group itself. */
async function groupCore(id: string) {
  return db.group.findUnique({
    where: { id },
    select: {
      ...groupPresentationSelect,
      startDate: true,
      plannedEndDate: true,
      expectedStartOn: true,
      endedAt: true,
      endReason: true,
      rhythmAgreed: true,
      groundRulesAgreed: true,
      contactParticipationId: true,
      // Staff only: an online group's link (admins, and the group's active facilitators).
      onlineUrl: true,
    },
  });
}

async function history(groupId: string) {
  const rows = await db.groupStateChange.findMany({
    where: { groupId },
    select: { id: true, kind: true, fromState: true, toState: true, reason: true, actorUserId: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((x): x is string => !!x))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return rows.map((r) => ({ ...r, actorName: r.actorUserId ? (names.get(r.actorUserId) ?? "Slettet bruger") : null }));
}

async function assignments(groupId: string) {
  return db.facilitatorAssignment.findMany({
    where: { groupId },
    select: {
      id: true,
      assignedAt: true,
      withdrawnAt: true,
      facilitator: { select: { id: true, active: true, courseCompletedAt: true, phone: true, user: { select: { name: true, email: true } } } },
    },
    orderBy: { assignedAt: "asc" },
  });
}

/** The most recent meetings, oldest first, with who of the facilitators attended. */
export async function recentMeetings(groupId: string, take = 8) {
  const rows = await db.meeting.findMany({
    where: { groupId },
    select: { id: true, heldOn: true, participantsPresent: true, facilitators: { select: { facilitatorId: true } } },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    take,
  });
  return rows.reverse().map((m) => ({
    id: m.id,
    heldOn: m.heldOn,
    participantsPresent: m.participantsPresent,
    facilitatorIds: m.facilitators.map((f) => f.facilitatorId),
  }));
}
export type MeetingRow = Awaited<ReturnType<typeof recentMeetings>>[number];

async function participants(groupId: string) {
  return db.participation.findMany({
    where: { groupId, leftAt: null },
    select: { id: true, joinedAt: true, member: { select: { name: true, email: true, phone: true } } },
    orderBy: { joinedAt: "asc" },
  });
}

/** Everything the administrators' group page shows. The page has authorised the administrator. */
export async function getGroupOverviewForAdmin(admin: Actor, id: string) {
  const group = await groupCore(id);
  if (!group) return null;
  // The page shows who takes part (names, emails, phones): a read of people's data, so it is audited.
  await recordAudit({ actorUserId: admin.id, action: "group.participants-view", entityType: "Group", entityId: id });
  const settings = await getSettings();
  const [facts, hist, assigns, meetings, people, applications] = await Promise.all([
    readTransitionFacts(db, id, settings.minMeetingsBeforeWithdrawal),
    history(id),
    assignments(id),
    recentMeetings(id),
    participants(id),
    db.application.findMany({
      where: { groupId: id },
      select: { id: true, status: true, createdAt: true, member: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { group, facts: facts!.facts, history: hist, assignments: assigns, meetings, participants: people, applications };
}
export type AdminGroupOverview = NonNullable<Awaited<ReturnType<typeof getGroupOverviewForAdmin>>>;

/**
 * The signed-in facilitator's view of a group they are or were assigned to; null when they never were
 * (or the actor is no facilitator). Former facilitators get a minimal, read-only view with no participants.
 */
export async function getGroupOverviewForFacilitator(actor: Actor, id: string) {
  const { facilitatorId } = actor;
  if (!facilitatorId) return null;
  const mine = await db.facilitatorAssignment.findMany({ where: { groupId: id, facilitatorId }, select: { withdrawnAt: true } });
  if (mine.length === 0) return null;
  const group = await groupCore(id);
  if (!group) return null;
  const active = mine.some((a) => a.withdrawnAt === null);
  if (!active)
    return { active: false as const, group: { id: group.id, name: group.name, state: group.state, topic: group.topic, ageBand: group.ageBand } };
  await recordAudit({ actorUserId: actor.id, action: "group.participants-view", entityType: "Group", entityId: id });
  const settings = await getSettings();
  const [facts, assigns, meetings, people, hist] = await Promise.all([
    readTransitionFacts(db, id, settings.minMeetingsBeforeWithdrawal),
    assignments(id),
    recentMeetings(id),
    participants(id),
    history(id),
  ]);
  return {
    active: true as const,
    group,
    facts: facts!.facts,
    assignments: assigns.filter((a) => a.withdrawnAt === null),
    meetings,
    // First names only: the facilitator needs to greet and reach people, not their full identity.
    participants: people.map((p) => ({ id: p.id, firstName: p.member.name.trim().split(/\s+/)[0], email: p.member.email, phone: p.member.phone })),
    history: hist,
  };
}

/** Groups the signed-in facilitator is or was assigned to. */
export async function listGroupsForFacilitator(actor: Actor) {
  if (!actor.facilitatorId) return [];
  const rows = await db.facilitatorAssignment.findMany({
    where: { facilitatorId: actor.facilitatorId },
    select: { withdrawnAt: true, assignedAt: true, group: { select: { id: true, name: true, state: true, topic: true, ageBand: true } } },
    orderBy: { assignedAt: "desc" },
  });
  const byGroup = new Map<string, { group: (typeof rows)[number]["group"]; active: boolean }>();
  for (const r of rows) {
    const prev = byGroup.get(r.group.id);
    byGroup.set(r.group.id, { group: r.group, active: (prev?.active ?? false) || r.withdrawnAt === null });
  }
  return [...byGroup.values()];
}
