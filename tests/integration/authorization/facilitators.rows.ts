import { db } from "@/lib/db";
import * as facilitators from "@/lib/facilitators/actions";
import type { AuthzRow } from "./types";

export const rows: AuthzRow[] = [
  {
    action: "lib/facilitators/actions#updateFacilitator",
    allowed: "ADMIN",
    call: (w) =>
      facilitators.updateFacilitator({ facilitatorId: w.facilitatorB.facilitator.id, courseCompletedAt: "2025-01-15", active: true, phone: "" }),
  },
  {
    action: "lib/facilitators/actions#assignFacilitator",
    allowed: "ADMIN",
    call: (w) => facilitators.assignFacilitator({ groupId: w.groupA.id, facilitatorId: w.facilitatorB.facilitator.id }),
  },
  {
    action: "lib/facilitators/actions#releaseFacilitator",
    allowed: "ADMIN",
    call: async (w) => {
      const a = await db.facilitatorAssignment.findFirstOrThrow({ where: { groupId: w.groupA.id }, select: { id: true } });
      return facilitators.releaseFacilitator({ groupId: w.groupA.id, assignmentId: a.id });
    },
  },
];
