// The organisation's settings as an administrator edits them. The fee is typed in whole kroner and
// stored in øre; an empty field is an error, never 0. Safe in the browser.
import { plainText, wholeNumber } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

const whole = (label: string, min: number, max: number) =>
  wholeNumber({ min, max, message: `Skriv ${label} som et helt tal.`, minMessage: `Mindst ${min}.`, maxMessage: `Højst ${max}.` });

export const settingsInput = z.object({
  membershipFeeKroner: whole("kontingentet", 0, 5000),
  mobilePayNumber: plainText({ max: 60, maxMessage: "Højst 60 tegn." }),
  bankAccount: plainText({ max: 80, maxMessage: "Højst 80 tegn." }),
  coordinatorEmail: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.union([z.literal(""), z.email("Skriv en gyldig email.").max(200, "Højst 200 tegn.")], { error: "Skriv en gyldig email." }),
  ),
  maxGroupsPerFacilitator: whole("antallet", 1, 10),
  minMeetingsBeforeWithdrawal: whole("antallet", 1, 30),
  retentionDays: whole("antal dage", 30, 1825),
  renewalReminderDays: whole("antal dage", 1, 90),
});
export type SettingsInput = z.output<typeof settingsInput>;
export type SettingsFormValues = z.input<typeof settingsInput>;
