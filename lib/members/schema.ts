// Inputs for the member register. Shared by the forms and the actions; safe in the browser.
import { calendarDay, optionalText, recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { PAYMENT_METHODS } from "./labels";

/** "100", "100,50" or "100.50" kroner → øre (an integer). Empty is an error, never 0 kr. */
export const kronerToOre = z
  .string({ error: "Skriv beløbet i kroner." })
  .trim()
  .regex(/^\d{1,6}([,.]\d{1,2})?$/, "Skriv beløbet i kroner, fx 100 eller 100,50.")
  .transform((v) => {
    const [whole, frac = ""] = v.replace(",", ".").split(".");
    return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  })
  .refine((ore) => ore > 0, "Beløbet skal være større end 0 kr.");

export const paymentInput = z.object({
  memberId: recordId,
  amount: kronerToOre,
  method: z.enum(PAYMENT_METHODS, { error: "Vælg hvordan der er betalt." }),
  reference: optionalText({ max: 100, maxMessage: "Referencen må højst være 100 tegn." }),
  // "Not in the future" is evaluated each time a payment is parsed (Danish calendar day).
  paidOn: calendarDay({
    message: "Skriv en gyldig dato.",
    notAfterToday: "Datoen kan ikke ligge ude i fremtiden.",
    notBefore: { date: "2000-01-01", message: "Datoen er for langt tilbage." },
  }),
});
export type PaymentFormValues = z.input<typeof paymentInput>;
export type PaymentInput = z.output<typeof paymentInput>;

export const memberIdInput = z.object({ memberId: recordId });

/** Actions that take no fields (a button): an empty object. */
export const noInput = z.object({});

export const memberSearchInput = z.object({ q: z.string().trim().max(100).optional().default("") });
