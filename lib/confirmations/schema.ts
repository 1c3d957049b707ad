// Inputs of the confirmation commands. Safe in the browser.
import { recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { CONFIRMATION_TOKEN, LINK_STATE_MESSAGES } from "./rules";

export const confirmInput = z.object({
  token: z.string({ error: LINK_STATE_MESSAGES.unknown }).regex(CONFIRMATION_TOKEN, LINK_STATE_MESSAGES.unknown),
});
export type ConfirmInput = z.output<typeof confirmInput>;

export const markConfirmedInput = z.object({ applicationId: recordId });
