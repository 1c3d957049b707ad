// Inputs for deciding on applications. Shared by the forms and the actions; safe in the browser.
import { z } from "zod";
import { DECLINE_REASONS } from "./labels";

const id = z.string({ error: "Mangler id." }).trim().min(1, "Mangler id.").max(64, "Ugyldigt id.");

export const applicationIdInput = z.object({ applicationId: id });
export type ApplicationIdInput = z.infer<typeof applicationIdInput>;

const MIN_DATE = new Date("2000-01-01");

export const intakeInput = z.object({
  applicationId: id,
  heldOn: z.coerce
    .date({ error: "Skriv datoen for forsamtalen." })
    .min(MIN_DATE, "Datoen er for langt tilbage.")
    .refine((d) => d.getTime() <= Date.now() + 86_400_000, "Forsamtalen kan ikke ligge ude i fremtiden."),
  byUserId: z.string().trim().min(1, "Vælg hvem der holdt forsamtalen.").max(64),
});
export type IntakeInput = z.input<typeof intakeInput>;

export const declineInput = z.object({
  applicationId: id,
  reason: z.enum(DECLINE_REASONS, { error: "Vælg en begrundelse fra listen." }),
});
export type DeclineInput = z.infer<typeof declineInput>;
