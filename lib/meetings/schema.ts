// Input for recording a meeting: date, facilitators present, number of participants. Never notes.
import { calendarDay, recordId, wholeNumber } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const meetingInput = z.object({
  heldOn: calendarDay({
    message: "Skriv mødets dato.",
    notAfterToday: "Mødet kan ikke ligge i fremtiden.",
    notBefore: { date: "2000-01-01", message: "Skriv mødets dato." },
  }),
  participantsPresent: wholeNumber({
    min: 0,
    max: 30,
    message: "Skriv antal fremmødte deltagere.",
    minMessage: "Antallet kan ikke være negativt.",
    maxMessage: "Højst 30 deltagere.",
  }),
  // One checkbox posts a single value (or false when unticked), several post a list.
  facilitatorIds: z.preprocess(
    (v) => (v === undefined || v === false || v === null ? [] : Array.isArray(v) ? v : [v]),
    z.array(recordId).max(4, "Vælg højst de tildelte igangsættere."),
  ),
});
export type MeetingInput = z.output<typeof meetingInput>;
export type MeetingFormValues = z.input<typeof meetingInput>;
/** Recording a meeting: the group and the form's fields. */
export const groupMeetingInput = meetingInput.extend({ groupId: recordId });

export const deleteMeetingInput = z.object({ groupId: recordId, meetingId: recordId });

/** The attendance reminder job takes no input. */
export const attendanceReminderInput = z.object({});
