// Inputs for the privacy duties (erasure, consent withdrawal). Shared by the forms and the actions; safe in the browser.
import { z } from "zod";

const id = z.string({ error: "Mangler id." }).trim().min(1, "Mangler id.").max(64, "Ugyldigt id.");

export const eraseMemberInput = z.object({
  memberId: id,
  confirmName: z
    .string({ error: "Skriv medlemmets navn for at bekræfte." })
    .trim()
    .min(1, "Skriv medlemmets navn for at bekræfte.")
    .max(200, "Navnet er for langt."),
});
export type EraseMemberValues = z.input<typeof eraseMemberInput>;

export const withdrawConsentInput = z.object({ applicationId: id });
