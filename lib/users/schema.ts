// Inputs for accounts: own password, invitations, activation. Safe in the browser.
import { emailField, PASSWORD_MAX_LENGTH, passwordField } from "@/lib/auth/schema";
import { optionalCalendarDay, plainText, recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const PASSWORD_MIN_LENGTH = 12;
export const INVITE_VALID_HOURS = 72;
/** A link from "Glemt adgangskode?": short, since anyone may ask for one to be sent to an account's address. */
export const RESET_VALID_HOURS = 1;
/** A set-password link an administrator sends to an account that has a password: handed on like an invitation. */
export const PASSWORD_LINK_VALID_HOURS = INVITE_VALID_HOURS;
export const NAME_MAX_LENGTH = 100;
export const ROLES = ["ADMIN", "FACILITATOR"] as const;
export type RoleValue = (typeof ROLES)[number];

const tooShort = `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn.`;
const newPassword = z
  .string({ error: tooShort })
  .min(PASSWORD_MIN_LENGTH, { error: tooShort })
  .max(PASSWORD_MAX_LENGTH, { error: `Adgangskoden må højst være ${PASSWORD_MAX_LENGTH} tegn.` });

const sameAsConfirm = (v: { newPassword: string; confirmPassword: string }) => v.newPassword === v.confirmPassword;
const confirmMismatch = { error: "De to adgangskoder er ikke ens.", path: ["confirmPassword"] };

export const changePasswordInput = z
  .object({
    currentPassword: passwordField("Skriv din nuværende adgangskode."),
    newPassword,
    confirmPassword: passwordField("Gentag den nye adgangskode."),
  })
  .refine(sameAsConfirm, confirmMismatch);
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** The token an invitation link carries (lib/users/tokens.ts: 32 random bytes, base64url). */
export const INVITE_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export const acceptInviteInput = z
  .object({
    token: z.string({ error: "Linket er ugyldigt." }).regex(INVITE_TOKEN, { error: "Linket er ugyldigt." }),
    newPassword,
    confirmPassword: passwordField("Gentag adgangskoden."),
  })
  .refine(sameAsConfirm, confirmMismatch);
export type AcceptInviteInput = z.infer<typeof acceptInviteInput>;

/** "Glemt adgangskode?": only the address. Safe in the browser (the form checks it first). */
export const requestPasswordResetInput = z.object({ email: emailField });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;

/**
 * The one answer to "Glemt adgangskode?", whether the address belongs to an active account with a
 * password, to a deactivated one, to one without a password, or to none: the page never tells which.
 */
export const RESET_REQUESTED_MESSAGE =
  "Hvis adressen hører til en bruger, har vi sendt en email med et link til at vælge en ny adgangskode. " +
  `Linket virker én gang og i ${RESET_VALID_HOURS} time. Kommer der ingen mail, så se efter i spam-mappen, eller kontakt en koordinator.`;

export const inviteUserInput = z.object({
  name: plainText({ min: 1, max: NAME_MAX_LENGTH, message: "Skriv personens navn.", maxMessage: `Navnet må højst være ${NAME_MAX_LENGTH} tegn.` }),
  email: emailField,
  role: z.enum(ROLES, { error: "Vælg en rolle." }),
  // From <input type="date">, or empty. Only used for facilitators; "today" is judged when the form is parsed.
  courseCompletedAt: optionalCalendarDay({ message: "Skriv en gyldig dato.", notAfterToday: "Datoen kan ikke ligge i fremtiden." }),
});
export type InviteUserInput = z.input<typeof inviteUserInput>;
export type InviteUser = z.output<typeof inviteUserInput>;

export const userIdInput = z.object({ userId: recordId });

export const setUserActiveInput = userIdInput.extend({ active: z.boolean({ error: "Feltet har en ugyldig værdi." }) });
export type SetUserActiveInput = z.infer<typeof setUserActiveInput>;

export const roleLabel: Record<RoleValue, string> = { ADMIN: "Administrator", FACILITATOR: "Igangsætter" };

export const INVITE_STATE_MESSAGES = {
  expired: "Linket er udløbet. Bed en koordinator om at sende en ny invitation.",
  used: "Linket er allerede brugt. Log ind med den adgangskode, du valgte.",
  unknown: "Linket er ugyldigt. Bed en koordinator om at sende en ny invitation.",
} as const;

/** The same states on the page a reset link (or an administrator's set-password link) opens. */
export const RESET_LINK_STATE_MESSAGES = {
  expired: "Linket er udløbet. Bed om et nyt link under »Glemt adgangskode?« på siden Log ind.",
  used: "Linket er allerede brugt. Log ind med den adgangskode, du valgte – eller bed om et nyt link under »Glemt adgangskode?«.",
  unknown: "Linket er ugyldigt. Bed om et nyt link under »Glemt adgangskode?« på siden Log ind.",
} as const;

/** Sign-out's input: the session id read from the cookie on the server (lib/users/actions.ts). */
export const signOutInput = z.object({ sessionId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });
