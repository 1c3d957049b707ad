// Inputs for the facilitator registry and assignments. Danish messages, safe in the browser.
import { checkbox, optionalCalendarDay, optionalText, recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

const PHONE = /^\+?[\d\s-]{8,16}$/;

export const facilitatorInput = z.object({
  // "Not in the future" is decided when the value is parsed, not when this module was loaded.
  courseCompletedAt: optionalCalendarDay({ message: "Skriv en gyldig dato.", notAfterToday: "Kursusdatoen kan ikke ligge i fremtiden." }),
  active: checkbox,
  phone: optionalText({ max: 16 }).refine((v) => v === null || PHONE.test(v), "Skriv et telefonnummer med 8 cifre, fx 12 34 56 78."),
});
export type FacilitatorInput = z.output<typeof facilitatorInput>;
/** Editing a facilitator: their id and the form's fields. */
export const facilitatorUpdateInput = facilitatorInput.extend({ facilitatorId: recordId });

export const assignInput = z.object({
  facilitatorId: z.string({ error: "Vælg en igangsætter." }).trim().min(1, "Vælg en igangsætter.").max(64, "Vælg en igangsætter."),
});
/** Assigning: the group and the facilitator chosen in the form. */
export const assignToGroupInput = assignInput.extend({ groupId: recordId });

export const releaseInput = z.object({ groupId: recordId, assignmentId: recordId });
