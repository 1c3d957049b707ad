import * as groups from "@/lib/groups/actions";
import type { AuthzRow } from "./types";

export const validGroupInput = {
  name: "Ny sorggruppe",
  topic: "GRIEF",
  ageBand: "ADULTS",
  description: "En gruppe for voksne, der har mistet en nærtstående.",
  cadence: "BIWEEKLY",
  weekday: "2",
  startTime: "19:00",
  durationMinutes: "120",
  // Outdoors needs no venue row: a meeting point will do.
  format: "OUTDOORS",
  meetingPoint: "Ved P-pladsen ved Fuglsang Sø",
  capacity: "8",
  openForNewcomers: true,
  startDate: "",
  plannedEndDate: "",
};

export const rows: AuthzRow[] = [
  { action: "lib/groups/actions#createGroup", allowed: "ADMIN", call: () => groups.createGroup(validGroupInput) },
  { action: "lib/groups/actions#updateGroup", allowed: "ADMIN", call: (w) => groups.updateGroup({ groupId: w.groupA.id, ...validGroupInput }) },
  {
    action: "lib/groups/actions#changeGroupState",
    allowed: "ADMIN",
    call: (w) => groups.changeGroupState({ groupId: w.groupA.id, to: "ENDED", reason: "For få deltagere" }),
  },
  {
    action: "lib/groups/actions#updateGroupDecisions",
    allowed: "GROUP",
    call: (w) =>
      groups.updateGroupDecisions({
        groupId: w.groupA.id,
        cadence: "WEEKLY",
        weekday: "3",
        startTime: "18:00",
        openForNewcomers: false,
        plannedEndDate: "",
      }),
  },
  {
    action: "lib/groups/actions#updateGroupReadiness",
    allowed: "GROUP",
    call: (w) => groups.updateGroupReadiness({ groupId: w.groupA.id, rhythmAgreed: true, groundRulesAgreed: true, contactParticipationId: "" }),
  },
];
