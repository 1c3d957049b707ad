import { db } from "@/lib/db";
import * as participations from "@/lib/participations/actions";
import type { AuthzRow } from "./types";

export const rows: AuthzRow[] = [
  {
    action: "lib/participations/actions#endParticipation",
    allowed: "GROUP",
    call: async (w) => {
      const p = await db.participation.create({ data: { groupId: w.groupA.id, memberId: w.member.id }, select: { id: true } });
      return participations.endParticipation({ groupId: w.groupA.id, participationId: p.id, leftOn: new Date().toISOString().slice(0, 10) });
    },
  },
];
