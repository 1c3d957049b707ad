// Inputs for the member register. Shared by the forms and the actions; safe in the browser.
import { z } from "zod";
import { PAYMENT_METHODS } from "./labels";

const id = z.string({ error: "Mangler id." }).trim().min(1, "Mangler id.").max(64, "Ugyldigt id.");

/** "100", "100,50" or "100.50" kroner → øre (an integer). */
export const kronerToOre = z
  .string({ error: "Skriv beløbet i kroner." })
  .trim()
  .regex(/^\d{1,6}([,.]\d{1,2})?$/, "Skriv beløbet i kroner, fx 100 eller 100,50.")
  .transform((v) => {
    const [whole, frac = ""] = v.replace(",", ".").split(".");
    return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  })
  .refine((ore) => ore > 0, "Beløbet skal være større end 0 kr.");

const pastDate = z.coerce
  .date({ error: "Skriv en gyldig dato." })
  .min(new Date("2000-01-01"), "Datoen er for langt tilbage.")
  .refine((d) => d.getTime() <= Date.now() + 86_400_000, "Datoen kan ikke ligge ude i fremtiden.");

export const paymentInput = z.object({
  memberId: id,
  amount: kronerToOre,
  method: z.enum(PAYMENT_METHODS, { error: "Vælg hvordan der er betalt." }),
  reference: z.string().trim().max(100, "Referencen må højst være 100 tegn.").optional().default(""),
  paidOn: pastDate,
});
export type PaymentFormValues = z.input<typeof paymentInput>;

export const memberIdInput = z.object({ memberId: id });

export const memberSearchInput = z.object({ q: z.string().trim().max(100).optional().default("") });
