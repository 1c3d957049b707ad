// One schema per public form, shared by react-hook-form in the browser and the command. Safe in the
// browser. A posted form arrives as strings (a ticked checkbox as "on"); react-hook-form sends booleans.
import { checkbox, optionalText, plainText } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const MESSAGE_MAX = 500;
export const NAME_MAX = 100;
export const EMAIL_MAX = 254;

/** "" and whitespace become undefined, so optional fields can be left empty. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * A person's name: no links or addresses in it. Public forms can be posted by anyone, and a name is
 * what staff read and, once its owner has confirmed, what greets them in emails.
 */
export const nameField = plainText({
  min: 2,
  max: NAME_MAX,
  message: "Skriv dit navn.",
  maxMessage: `Navnet må højst være ${NAME_MAX} tegn.`,
}).refine((s) => !/:\/\/|www\.|@|\.(dk|com|net|org|io|info)\b/i.test(s), "Skriv kun dit navn – uden links eller emailadresser.");

export const emailField = z
  .string({ error: "Skriv din email." })
  .trim()
  .toLowerCase()
  .min(1, "Skriv din email.")
  .max(EMAIL_MAX, "Emailadressen er for lang.")
  .pipe(z.email("Skriv en gyldig email, fx navn@eksempel.dk."));

export const phoneField = z.preprocess(
  blankToUndefined,
  z
    .string({ error: "Skriv et telefonnummer med 8 cifre, fx 12 34 56 78." })
    .trim()
    .regex(/^\+?[0-9 ]{8,16}$/, "Skriv et telefonnummer med 8 cifre, fx 12 34 56 78.")
    .optional(),
);

const postcodeField = z
  .string({ error: "Skriv dit postnummer." })
  .trim()
  .regex(/^\d{4}$/, "Postnummeret skal være 4 cifre, fx 7400.");

/** The oldest and youngest plausible birth years, relative to this year. */
export function birthYearRange(now = new Date()) {
  const year = now.getFullYear();
  return { min: year - 110, max: year - 4 };
}

const birthYearField = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Skriv fødselsåret med 4 cifre, fx 1975." })
    .int("Skriv fødselsåret med 4 cifre, fx 1975.")
    .refine((y) => y >= birthYearRange().min && y <= birthYearRange().max, "Skriv et gyldigt fødselsår, fx 1975.")
    .optional(),
);

/** A consent checkbox: only an explicit yes (ticked, "on" or true) counts. */
export const consentField = (message: string) => checkbox.pipe(z.literal(true, { error: message }));

const memberFields = {
  name: nameField,
  email: emailField,
  phone: phoneField,
  postcode: postcodeField,
  birthYear: birthYearField,
};

export const memberInput = z.object({
  ...memberFields,
  consentMemberData: consentField("Du skal give samtykke, før vi kan gemme dine oplysninger."),
});
export type MemberInput = z.output<typeof memberInput>;
export type MemberFormValues = z.input<typeof memberInput>;

export const applicationInput = z.object({
  groupId: z.string({ error: "Gruppen mangler." }).trim().min(1, "Gruppen mangler.").max(64),
  ...memberFields,
  message: optionalText({ max: MESSAGE_MAX, multiline: true, maxMessage: `Beskeden må højst være ${MESSAGE_MAX} tegn.` }),
  consentConfidentiality: consentField("Du skal love at holde tavshedspligt for at kunne deltage i en gruppe."),
  consentSensitiveData: consentField("Du skal give samtykke, før vi kan behandle din ansøgning."),
  consentFee: consentField("Du skal acceptere medlemskab og kontingent for at kunne søge."),
});
export type ApplicationInput = z.output<typeof applicationInput>;
export type ApplicationFormValues = z.input<typeof applicationInput>;

/** Members under 18 pay nothing. Age is judged by birth year (the age reached this year). */
export function isUnder18(birthYear: number | undefined | null, now = new Date()): boolean {
  return birthYear != null && now.getFullYear() - birthYear < 18;
}
