// Input for recording that a participant has left a group. Safe in the browser.
import { z } from "zod";

export const endParticipationInput = z.object({
  participationId: z.string({ error: "Vælg en deltager." }).min(1, "Vælg en deltager.").max(64),
  leftOn: z.coerce
    .date({ error: "Skriv datoen, deltageren stoppede." })
    .min(new Date("2000-01-01"), "Skriv datoen, deltageren stoppede.")
    .refine((d) => d.getTime() <= Date.now() + 86_400_000, "Datoen kan ikke ligge i fremtiden."),
});
export type EndParticipationInput = z.output<typeof endParticipationInput>;
