import "server-only";
// Every write on groups: the administrators' create, edit and lifecycle steps, and the group's own
// decisions and readiness check, which its active facilitators may change too.
import type { Change } from "@/lib/cache/invalidate";
import { alsoWhenDone, command } from "@/lib/command/define";
import * as data from "./data";
import { syncFormingNotice } from "./forming";
import * as lifecycle from "./lifecycle-data";
import { queueLifecycleNews } from "./lifecycle-notices";
import { topicChoiceRefusals } from "@/lib/topics/rules";
import { venueChoiceRefusals } from "@/lib/venues/rules";
import { transitionRefusalMessage } from "./rules";
import { groupDecisionsInput, groupInput, groupReadinessInput, groupUpdateInput, transitionInput } from "./schema";

const NOT_FOUND = "Gruppen findes ikke.";
const GROUP_ENDED = "Gruppen er afsluttet. Dens aftaler kan ikke ændres.";

const entity = (input: { groupId: string }) => ({ type: "Group" as const, id: input.groupId });

/** A group shows on the public catalogue, its public page and the admin and facilitator pages. */
const groupChanged = (_input: unknown, d: data.GroupChanged): Change[] => [{ kind: "group", id: d.groupId, slug: d.slug }];

export const createGroup = command({
  name: "groups.create",
  policy: { kind: "admin" },
  input: groupInput,
  run: (tx, actor, input) => data.createGroup(tx, actor, input),
  refusals: { ...topicChoiceRefusals, ...venueChoiceRefusals },
  audit: { verb: "group.create", entity: (_input, d) => ({ type: "Group", id: d.groupId }) },
  invalidates: groupChanged,
  result: (d) => ({ id: d.groupId }),
});

export const updateGroup = command({
  name: "groups.update",
  policy: { kind: "admin" },
  input: groupUpdateInput,
  // A new minimum can make a planned group reach it (or fall below it again): counted in the same transaction.
  run: (tx, _actor, { groupId, ...values }) => alsoWhenDone(data.updateGroup(tx, groupId, values), () => syncFormingNotice(tx, groupId)),
  refusals: {
    NOT_FOUND,
    ENDED_GROUP_OPEN: { field: "openForNewcomers", message: "En afsluttet gruppe kan ikke være åben for nye deltagere." },
    ...topicChoiceRefusals,
    ...venueChoiceRefusals,
  },
  audit: { verb: "group.update", entity },
  invalidates: groupChanged,
});

export const changeGroupState = command({
  name: "groups.change-state",
  policy: { kind: "admin" },
  input: transitionInput,
  // A planned group that starts or is cancelled tells its participants and open applicants, in the same transaction.
  run: (tx, actor, input) =>
    alsoWhenDone(lifecycle.transitionGroup(tx, actor, input), (d) => queueLifecycleNews(tx, input.groupId, d.from, input.to)),
  refusals: {
    ...transitionRefusalMessage,
    REASON_REQUIRED: { field: "reason", message: transitionRefusalMessage.REASON_REQUIRED },
    NOT_FOUND,
  },
  audit: {
    verb: (input) => `group.state.${input.to.toLowerCase() as Lowercase<typeof input.to>}`,
    entity,
    details: (_input, d) => ({ from: d.from }),
  },
  invalidates: groupChanged,
});

export const updateGroupDecisions = command({
  name: "groups.decisions",
  policy: { kind: "group", groupId: (input) => input.groupId },
  input: groupDecisionsInput,
  run: (tx, actor, { groupId, ...values }) => lifecycle.updateDecisions(tx, actor, groupId, values),
  refusals: { NOT_FOUND, GROUP_ENDED },
  audit: { verb: "group.decisions", entity, details: (_input, d) => ({ changes: d.changes }) },
  invalidates: groupChanged,
});

export const updateGroupReadiness = command({
  name: "groups.readiness",
  policy: { kind: "group", groupId: (input) => input.groupId },
  input: groupReadinessInput,
  run: (tx, _actor, { groupId, ...values }) => lifecycle.updateReadiness(tx, groupId, values),
  refusals: {
    NOT_FOUND,
    GROUP_ENDED: "Gruppen er afsluttet.",
    UNKNOWN_CONTACT: { field: "contactParticipationId", message: "Vælg en af gruppens deltagere som kontaktperson." },
  },
  audit: { verb: "group.readiness", entity },
  invalidates: groupChanged,
});
