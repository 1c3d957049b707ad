// Input for recording a meeting: date, facilitators present, number of participants. Never notes.
import { z } from "zod";

export const meetingInput = z.object({
  heldOn: z.coerce
    .date({ error: "Skriv mødets dato." })
    .min(new Date("2000-01-01"), "Skriv mødets dato.")
    .refine((d) => d.getTime() <= Date.now() + 86_400_000, "Mødet kan ikke ligge i fremtiden."),
  participantsPresent: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: "Skriv antal fremmødte deltagere." })
      .int("Skriv et helt tal.")
      .min(0, "Antallet kan ikke være negativt.")
      .max(30, "Højst 30 deltagere."),
  ),
  facilitatorIds: z.preprocess(
    (v) => (v === undefined || v === false || v === null ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().min(1).max(64)).max(4, "Vælg højst de tildelte igangsættere."),
  ),
});
export type MeetingInput = z.output<typeof meetingInput>;
export type MeetingFormValues = z.input<typeof meetingInput>;

export const deleteMeetingInput = z.object({ meetingId: z.string().min(1).max(64) });
