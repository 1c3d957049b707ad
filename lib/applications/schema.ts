// Inputs for deciding on applications. Shared by the forms and the actions; safe in the browser.
import { calendarDay, checkbox, recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { DECLINE_REASONS } from "./labels";

export const applicationIdInput = z.object({ applicationId: recordId });
export type ApplicationIdInput = z.infer<typeof applicationIdInput>;

export const intakeInput = z.object({
  applicationId: recordId,
  heldOn: calendarDay({
    message: "Skriv datoen for forsamtalen.",
    notAfterToday: "Forsamtalen kan ikke ligge ude i fremtiden.",
    notBefore: { date: "2000-01-01", message: "Datoen er for langt tilbage." },
  }),
  byUserId: z.string({ error: "Vælg hvem der holdt forsamtalen." }).trim().min(1, "Vælg hvem der holdt forsamtalen.").max(64),
});
export type IntakeInput = z.input<typeof intakeInput>;

export const declineInput = z.object({
  applicationId: recordId,
  reason: z.enum(DECLINE_REASONS, { error: "Vælg en begrundelse fra listen." }),
  // Also close the applicant's membership awaiting payment (rules.ts pendingMembershipOnDecline).
  closeMembership: checkbox,
});
export type DeclineInput = z.infer<typeof declineInput>;
