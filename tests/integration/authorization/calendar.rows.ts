import * as calendar from "@/lib/calendar/actions";
import type { AuthzRow } from "./types";

export const rows: AuthzRow[] = [
  { action: "lib/calendar/actions#createCalendarFeed", allowed: "USER", call: () => calendar.createCalendarFeed({}) },
  {
    action: "lib/calendar/actions#revokeCalendarFeed",
    allowed: "USER",
    // The caller's own link, made first: revoking needs one (without it the answer is NO_FEED).
    call: async () => {
      const made = await calendar.createCalendarFeed({});
      return made.ok ? calendar.revokeCalendarFeed({}) : made;
    },
  },
];
