import "server-only";
import type { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { getSettings } from "@/lib/settings/data";
import { canTransition, type TransitionFacts, type TransitionRefusal } from "./rules";
import { describeDecisionChanges } from "./decisions";
import type { GroupChanged } from "./data";
import type { GroupStateValue } from "./labels";
import type { DecisionsInput, ReadinessInput, TransitionInput } from "./schema";

type Client = Tx | typeof db;

/** The facts the lifecycle rules need, read with the given client (inside the applying transaction). */
export async function readTransitionFacts(client: Client, groupId: string, minMeetingsBeforeWithdrawal: number) {
  const group = await client.group.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      slug: true,
      state: true,
      ageBand: true,
      rhythmAgreed: true,
      groundRulesAgreed: true,
      contactParticipation: { select: { groupId: true, leftAt: true } },
      assignments: { where: { withdrawnAt: null }, select: { facilitator: { select: { active: true, courseCompletedAt: true } } } },
    },
  });
  if (!group) return null;
  const [meetingsHeld, meetingsWithoutFacilitators] = await Promise.all([
    client.meeting.count({ where: { groupId } }),
    client.meeting.count({ where: { groupId, facilitators: { none: {} } } }),
  ]);
  const contact = group.contactParticipation;
  const facts: TransitionFacts = {
    ageBand: group.ageBand,
    assignedFacilitators: group.assignments.length,
    qualifiedFacilitators: group.assignments.filter((a) => a.facilitator.active && a.facilitator.courseCompletedAt).length,
    rhythmAgreed: group.rhythmAgreed,
    groundRulesAgreed: group.groundRulesAgreed,
    hasContactPerson: !!contact && contact.groupId === groupId && contact.leftAt === null,
    meetingsHeld,
    meetingsWithoutFacilitators,
    minMeetingsBeforeWithdrawal,
  };
  return { group, facts };
}

export type Transitioned = GroupChanged & { from: GroupStateValue };

/**
 * Locks the group's row for the rest of the transaction with a write that changes nothing — the same
 * lock takeSeat (lib/applications/data.ts) takes — so that writes which read the group's state first
 * queue up, also where transactions run side by side (PostgreSQL, READ COMMITTED).
 */
export async function lockGroup(tx: Tx, groupId: string) {
  await tx.$executeRaw`UPDATE "Group" SET "capacity" = "capacity" WHERE "id" = ${groupId}`;
}

/**
 * The same lock on an application's group, taken first by the writes on an application (intake,
 * decisions) so that each takes the group before the application row: two of them cannot deadlock.
 */
export async function lockGroupOfApplication(tx: Tx, applicationId: string) {
  await tx.$executeRaw`UPDATE "Group" SET "capacity" = "capacity" WHERE "id" = (SELECT "groupId" FROM "Application" WHERE "id" = ${applicationId})`;
}

/**
 * Moves the group to another lifecycle state in the caller's transaction: re-read the facts, ask the
 * rules, update and write the history. Hand-over and ending close every active assignment; ending
 * also closes the group to newcomers. A refusal rolls the transaction back. The group row is locked
 * before the facts are read (lockGroup), so two transitions at once cannot both start from the same state.
 */
export async function transitionGroup(tx: Tx, actor: Actor, input: TransitionInput): Promise<Outcome<Transitioned, TransitionRefusal | "NOT_FOUND">> {
  const { groupId } = input;
  await lockGroup(tx, groupId);
  const settings = await getSettings(tx);
  const read = await readTransitionFacts(tx, groupId, settings.minMeetingsBeforeWithdrawal);
  if (!read) return refuse("NOT_FOUND");
  const { group, facts } = read;
  const result = canTransition(group.state, input.to, { ...facts, reason: input.reason });
  if (!result.ok) return refuse(result.code);

  const now = new Date();
  await tx.group.update({
    where: { id: groupId },
    data: {
      state: input.to,
      ...(input.to === "STARTING" ? { startDate: now } : {}),
      ...(input.to === "ENDED" ? { endedAt: now, endReason: input.reason, openForNewcomers: false } : {}),
    },
    select: { id: true },
  });
  // Hand-over and ending both free the facilitators for new groups.
  if (input.to === "SELF_RUNNING" || input.to === "ENDED") {
    await tx.facilitatorAssignment.updateMany({ where: { groupId, withdrawnAt: null }, data: { withdrawnAt: now } });
  }
  await tx.groupStateChange.create({
    data: { groupId, kind: "STATE", fromState: group.state, toState: input.to, reason: input.reason, actorUserId: actor.id },
  });
  return done({ groupId, slug: group.slug, from: group.state });
}

/** The group's own decisions; each change is written to the history as a generated description. */
export async function updateDecisions(
  tx: Tx,
  actor: Actor,
  groupId: string,
  input: DecisionsInput,
): Promise<Outcome<GroupChanged & { changes: number }, "NOT_FOUND" | "GROUP_ENDED">> {
  await lockGroup(tx, groupId);
  const before = await tx.group.findUnique({
    where: { id: groupId },
    select: { slug: true, state: true, cadence: true, weekday: true, startTime: true, openForNewcomers: true, plannedEndDate: true },
  });
  if (!before) return refuse("NOT_FOUND");
  if (before.state === "ENDED") return refuse("GROUP_ENDED");
  const changes = describeDecisionChanges(before, input);
  if (changes.length > 0) {
    await tx.group.update({ where: { id: groupId }, data: input, select: { id: true } });
    await tx.groupStateChange.create({ data: { groupId, kind: "DECISION", reason: changes.join(". "), actorUserId: actor.id } });
  }
  return done({ groupId, slug: before.slug, changes: changes.length });
}

/** Readiness items; the contact person must be one of the group's active participants. */
export async function updateReadiness(
  tx: Tx,
  groupId: string,
  input: ReadinessInput,
): Promise<Outcome<GroupChanged, "NOT_FOUND" | "GROUP_ENDED" | "UNKNOWN_CONTACT">> {
  await lockGroup(tx, groupId);
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { slug: true, state: true } });
  if (!group) return refuse("NOT_FOUND");
  if (group.state === "ENDED") return refuse("GROUP_ENDED");
  if (input.contactParticipationId) {
    const p = await tx.participation.findFirst({ where: { id: input.contactParticipationId, groupId, leftAt: null }, select: { id: true } });
    if (!p) return refuse("UNKNOWN_CONTACT");
  }
  await tx.group.update({ where: { id: groupId }, data: input, select: { id: true } });
  return done({ groupId, slug: group.slug });
}
