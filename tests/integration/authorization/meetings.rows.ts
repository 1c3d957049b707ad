import * as meetings from "@/lib/meetings/actions";
import type { AuthzRow } from "./types";

export const rows: AuthzRow[] = [
  {
    action: "lib/meetings/actions#recordMeeting",
    allowed: "GROUP",
    call: (w) =>
      meetings.recordMeeting(w.groupA.id, {
        heldOn: new Date().toISOString().slice(0, 10),
        participantsPresent: "5",
        facilitatorIds: [w.facilitatorA.facilitator.id],
      }),
  },
];
