import { db } from "@/lib/db";
import * as meetings from "@/lib/meetings/actions";
import type { AuthzRow } from "./types";

export const rows: AuthzRow[] = [
  {
    action: "lib/meetings/actions#recordMeeting",
    allowed: "GROUP",
    call: (w) =>
      meetings.recordMeeting({
        groupId: w.groupA.id,
        heldOn: new Date().toISOString().slice(0, 10),
        participantsPresent: "5",
        facilitatorIds: [w.facilitatorA.facilitator.id],
      }),
  },
  {
    action: "lib/meetings/actions#deleteMeeting",
    allowed: "GROUP",
    call: async (w) => {
      const m = await db.meeting.create({
        data: { groupId: w.groupA.id, heldOn: new Date("2026-03-03"), participantsPresent: 4 },
        select: { id: true },
      });
      return meetings.deleteMeeting({ groupId: w.groupA.id, meetingId: m.id });
    },
  },
];
