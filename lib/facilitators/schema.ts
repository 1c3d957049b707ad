// Inputs for the facilitator registry and assignments. zod 4, Danish messages, safe in the browser.
import { z } from "zod";

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

export const facilitatorInput = z.object({
  courseCompletedAt: z.preprocess(
    blankToNull,
    z.coerce
      .date({ error: "Skriv en gyldig dato." })
      .max(new Date(Date.now() + 86_400_000), "Kursusdatoen kan ikke ligge i fremtiden.")
      .nullable(),
  ),
  active: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
  phone: z.preprocess(
    blankToNull,
    z.string().trim().regex(/^\+?[\d\s-]{8,16}$/, "Skriv et telefonnummer med 8 cifre, fx 12 34 56 78.").nullable(),
  ),
});
export type FacilitatorInput = z.output<typeof facilitatorInput>;

export const assignInput = z.object({
  facilitatorId: z.string({ error: "Vælg en igangsætter." }).min(1, "Vælg en igangsætter.").max(64),
});
export const releaseInput = z.object({ assignmentId: z.string().min(1).max(64) });

export const facilitatorListFilter = z.object({ free: z.boolean() });
