// Inputs of a member's own page ("Min side"). Shared by the forms and the commands; safe in the browser.
// Ids a member posts are only ever looked up together with the member's own id (./data.ts).
import { emailField, nameField, phoneField } from "@/lib/signup/schema";
import { MEMBER_LINK_MESSAGES, MEMBER_TOKEN } from "@/lib/member-session/rules";
import { recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

/** Asking for a sign-in link. */
export const requestLinkInput = z.object({ email: emailField });
export type RequestLinkValues = z.input<typeof requestLinkInput>;

/** Pressing the button on a link's page: the token from the link. */
export const memberTokenInput = z.object({
  token: z.string({ error: MEMBER_LINK_MESSAGES.unknown }).regex(MEMBER_TOKEN, MEMBER_LINK_MESSAGES.unknown),
});

/** Name and phone (email changes through its own confirmation, below). An empty phone removes it. */
export const contactInput = z.object({ name: nameField, phone: phoneField });
export type ContactValues = z.input<typeof contactInput>;

export const emailChangeInput = z.object({ email: emailField });
export type EmailChangeValues = z.input<typeof emailChangeInput>;

export const ownApplicationInput = z.object({ applicationId: recordId });
export const ownInterestInput = z.object({ interestId: recordId });

/** Buttons with no fields. */
export const noInput = z.object({});
