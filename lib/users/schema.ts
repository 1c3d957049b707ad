// Inputs for accounts: own password, invitations, activation. Safe in the browser.
import { z } from "zod";
import { emailField } from "@/lib/auth/schema";

export const PASSWORD_MIN_LENGTH = 12;
export const INVITE_VALID_HOURS = 72;
export const ROLES = ["ADMIN", "FACILITATOR"] as const;
export type RoleValue = (typeof ROLES)[number];

const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn.` })
  .max(200, { error: "Adgangskoden må højst være 200 tegn." });

const sameAsConfirm = (v: { newPassword: string; confirmPassword: string }) => v.newPassword === v.confirmPassword;
const confirmMismatch = { error: "De to adgangskoder er ikke ens.", path: ["confirmPassword"] };

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, { error: "Skriv din nuværende adgangskode." }),
    newPassword,
    confirmPassword: z.string().min(1, { error: "Gentag den nye adgangskode." }),
  })
  .refine(sameAsConfirm, confirmMismatch);
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const acceptInviteInput = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "Linket er ugyldigt." }),
    newPassword,
    confirmPassword: z.string().min(1, { error: "Gentag adgangskoden." }),
  })
  .refine(sameAsConfirm, confirmMismatch);
export type AcceptInviteInput = z.infer<typeof acceptInviteInput>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const inviteUserInput = z
  .object({
    name: z.string().trim().min(1, { error: "Skriv personens navn." }).max(100, { error: "Navnet må højst være 100 tegn." }),
    email: emailField,
    role: z.enum(ROLES, { error: "Vælg en rolle." }),
    // yyyy-mm-dd from <input type="date">, or empty. Only used for facilitators.
    courseCompletedAt: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || (isoDate.test(v) && !Number.isNaN(Date.parse(v))), { error: "Skriv en gyldig dato." })
      .refine((v) => !v || new Date(v).getTime() <= Date.now(), { error: "Datoen kan ikke ligge i fremtiden." }),
  });
export type InviteUserInput = z.input<typeof inviteUserInput>;

export const userIdInput = z.object({ userId: z.string().trim().min(1, { error: "Ukendt bruger." }).max(64) });

export const setUserActiveInput = userIdInput.extend({ active: z.boolean({ error: "Ugyldig værdi." }) });

export const roleLabel: Record<RoleValue, string> = { ADMIN: "Administrator", FACILITATOR: "Igangsætter" };

export const INVITE_STATE_MESSAGES = {
  expired: "Linket er udløbet. Bed en koordinator om at sende en ny invitation.",
  used: "Linket er allerede brugt. Log ind med den adgangskode, du valgte.",
  unknown: "Linket er ugyldigt. Bed en koordinator om at sende en ny invitation.",
} as const;
