// Inputs for the privacy duties (erasure, consent withdrawal, retention). Shared by the forms and the actions; safe in the browser.
import { plainText, recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const eraseMemberInput = z.object({
  memberId: recordId,
  confirmName: plainText({ min: 1, max: 200, message: "Skriv medlemmets navn for at bekræfte.", maxMessage: "Navnet er for langt." }),
});
export type EraseMemberValues = z.input<typeof eraseMemberInput>;

export const withdrawConsentInput = z.object({ applicationId: recordId });

/** The purge button has no fields: an empty object. */
export const purgeInput = z.object({});

/** Confirming a member's own erasure request (the privacy page's button). */
export const erasureRequestInput = z.object({ requestId: recordId });
