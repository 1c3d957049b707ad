// The organisation's settings as an administrator edits them. The fee is typed in whole kroner and
// stored in øre. Safe in the browser.
import { z } from "zod";

const whole = (label: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.coerce
      .number({ error: `Skriv ${label} som et tal.` })
      .int(`Skriv ${label} som et helt tal.`)
      .min(min, `Mindst ${min}.`)
      .max(max, `Højst ${max}.`),
  );

export const settingsInput = z.object({
  membershipFeeKroner: whole("kontingentet", 0, 5000),
  mobilePayNumber: z.string().trim().max(60, "Højst 60 tegn."),
  bankAccount: z.string().trim().max(80, "Højst 80 tegn."),
  coordinatorEmail: z.union([z.literal(""), z.email("Skriv en gyldig email.").trim().toLowerCase().max(200)]),
  maxGroupsPerFacilitator: whole("antallet", 1, 10),
  minMeetingsBeforeWithdrawal: whole("antallet", 1, 30),
  retentionDays: whole("antal dage", 30, 1825),
});
export type SettingsInput = z.output<typeof settingsInput>;
export type SettingsFormValues = z.input<typeof settingsInput>;
