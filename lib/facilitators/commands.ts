import "server-only";
// Every write on facilitators: the registry (course date, active flag, phone) and their assignments
// to groups. Administrators only.
import type { Change } from "@/lib/cache/invalidate";
import { command } from "@/lib/command/define";
import { assignRefusalMessage } from "@/lib/groups/assignment-rules";
import * as data from "./data";
import { assignToGroupInput, facilitatorUpdateInput, releaseInput } from "./schema";

/** An assignment shows on the group's pages and in the facilitator's load. */
const assignmentChanged = (_input: unknown, d: { groupId: string; slug: string; facilitatorId: string }): Change[] => [
  { kind: "group", id: d.groupId, slug: d.slug },
  { kind: "facilitator", id: d.facilitatorId },
];

const onFacilitatorField = <K extends string>(messages: Record<K, string>) =>
  Object.fromEntries(Object.entries(messages).map(([code, message]) => [code, { field: "facilitatorId", message }])) as Record<
    K,
    { field: string; message: string }
  >;

export const updateFacilitator = command({
  name: "facilitators.update",
  policy: { kind: "admin" },
  input: facilitatorUpdateInput,
  run: (tx, _actor, { facilitatorId, ...values }) => data.updateFacilitator(tx, facilitatorId, values),
  refusals: { NOT_FOUND: "Igangsætteren findes ikke." },
  audit: { verb: "facilitator.update", entity: (input) => ({ type: "Facilitator", id: input.facilitatorId }) },
  invalidates: (input) => [{ kind: "facilitator", id: input.facilitatorId }],
});

/** A heavy load is no refusal: the assignment is made and the warning comes back. */
export const assignFacilitator = command({
  name: "facilitators.assign",
  policy: { kind: "admin" },
  input: assignToGroupInput,
  run: (tx, _actor, input) => data.assignFacilitator(tx, input.groupId, input.facilitatorId),
  refusals: {
    ...onFacilitatorField(assignRefusalMessage),
    NOT_FOUND: "Gruppen findes ikke.",
    UNKNOWN_FACILITATOR: { field: "facilitatorId", message: "Vælg en igangsætter." },
  },
  audit: {
    verb: "assignment.create",
    entity: (_input, d) => ({ type: "FacilitatorAssignment", id: d.assignmentId }),
    details: (input) => ({ groupId: input.groupId, facilitatorId: input.facilitatorId }),
  },
  invalidates: (input, d) => assignmentChanged(input, { ...d, facilitatorId: input.facilitatorId }),
  result: (d) => ({ warning: d.warning }),
});

/** Releasing is always possible; leaving a running start-up without facilitators comes back as a warning. */
export const releaseFacilitator = command({
  name: "facilitators.release",
  policy: { kind: "admin" },
  input: releaseInput,
  run: (tx, _actor, input) => data.releaseAssignment(tx, input.groupId, input.assignmentId),
  refusals: { NOT_FOUND: "Tildelingen findes ikke eller er allerede afsluttet." },
  audit: {
    verb: "assignment.release",
    entity: (input) => ({ type: "FacilitatorAssignment", id: input.assignmentId }),
    details: (input, d) => ({ groupId: input.groupId, facilitatorId: d.facilitatorId }),
  },
  invalidates: assignmentChanged,
  result: (d) => ({ warning: d.warning }),
});
