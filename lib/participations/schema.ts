// Input for recording that a participant has left a group. Safe in the browser.
import { calendarDay, recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const endParticipationInput = z.object({
  groupId: recordId,
  participationId: z.string({ error: "Vælg en deltager." }).trim().min(1, "Vælg en deltager.").max(64, "Vælg en deltager."),
  leftOn: calendarDay({
    message: "Skriv datoen, deltageren stoppede.",
    notAfterToday: "Datoen kan ikke ligge i fremtiden.",
    notBefore: { date: "2000-01-01", message: "Skriv datoen, deltageren stoppede." },
  }),
});
export type EndParticipationInput = z.output<typeof endParticipationInput>;
