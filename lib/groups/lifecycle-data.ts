import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/data";
import { getSettings } from "@/lib/settings/data";
import type { ActionResult } from "@/lib/action-result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canTransition, type TransitionFacts } from "./rules";
import { describeDecisionChanges } from "./decisions";
import type { DecisionsInput, ReadinessInput, TransitionInput } from "./schema";

type Tx = Prisma.TransactionClient | typeof db;

/** The facts the lifecycle rules need, read with the given client (inside the applying transaction). */
export async function readTransitionFacts(client: Tx, groupId: string, minMeetingsBeforeWithdrawal: number) {
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

/**
 * Moves the group to another lifecycle state in one transaction: re-read the facts, ask the rules,
 * update, write the history and the audit. Hand-over and ending close every active assignment; ending
 * also closes the group to newcomers. A refusal writes nothing.
 */
export async function transitionGroup(groupId: string, input: TransitionInput, actorUserId: string): Promise<ActionResult<{ slug: string }>> {
  const settings = await getSettings();
  return db.$transaction(async (tx) => {
    const read = await readTransitionFacts(tx, groupId, settings.minMeetingsBeforeWithdrawal);
    if (!read) return { ok: false, message: "Gruppen findes ikke." };
    const { group, facts } = read;
    const result = canTransition(group.state, input.to, { ...facts, reason: input.reason });
    if (!result.ok) return { ok: false, message: result.reason, ...(input.to === "ENDED" ? { fieldErrors: { reason: [result.reason] } } : {}) };

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
      data: { groupId, kind: "STATE", fromState: group.state, toState: input.to, reason: input.reason, actorUserId },
    });
    await recordAudit({ actorUserId, action: `group.state.${input.to.toLowerCase() as Lowercase<typeof input.to>}`, entityType: "Group", entityId: groupId }, tx);
    return { ok: true, data: { slug: group.slug } };
  });
}

/** The group's own decisions; each change is written to the history as a generated description. */
export async function updateDecisions(groupId: string, input: DecisionsInput, actorUserId: string): Promise<ActionResult<{ slug: string }>> {
  return db.$transaction(async (tx) => {
    const before = await tx.group.findUnique({
      where: { id: groupId },
      select: { slug: true, state: true, cadence: true, weekday: true, startTime: true, openForNewcomers: true, plannedEndDate: true },
    });
    if (!before) return { ok: false, message: "Gruppen findes ikke." };
    if (before.state === "ENDED") return { ok: false, message: "Gruppen er afsluttet. Dens aftaler kan ikke ændres." };
    const changes = describeDecisionChanges(before, input);
    if (changes.length === 0) return { ok: true, data: { slug: before.slug } };
    await tx.group.update({ where: { id: groupId }, data: input, select: { id: true } });
    await tx.groupStateChange.create({ data: { groupId, kind: "DECISION", reason: changes.join(". "), actorUserId } });
    await recordAudit({ actorUserId, action: "group.decisions", entityType: "Group", entityId: groupId }, tx);
    return { ok: true, data: { slug: before.slug } };
  });
}

/** Readiness items; the contact person must be one of the group's active participants. */
export async function updateReadiness(groupId: string, input: ReadinessInput, actorUserId: string): Promise<ActionResult<{ slug: string }>> {
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: groupId }, select: { slug: true, state: true } });
    if (!group) return { ok: false, message: "Gruppen findes ikke." };
    if (group.state === "ENDED") return { ok: false, message: "Gruppen er afsluttet." };
    if (input.contactParticipationId) {
      const p = await tx.participation.findFirst({ where: { id: input.contactParticipationId, groupId, leftAt: null }, select: { id: true } });
      if (!p) {
        const msg = "Vælg en af gruppens deltagere som kontaktperson.";
        return { ok: false, message: msg, fieldErrors: { contactParticipationId: [msg] } };
      }
    }
    await tx.group.update({ where: { id: groupId }, data: input, select: { id: true } });
    await recordAudit({ actorUserId, action: "group.readiness", entityType: "Group", entityId: groupId }, tx);
    return { ok: true, data: { slug: group.slug } };
  });
}
