// The venue form's input, shared by the form on /admin/steder and the commands. Danish messages, safe
// in the browser.
import { checkbox, plainText, recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const VENUE_NAME_MAX = 80;
export const VENUE_ADDRESS_MAX = 120;
export const VENUE_DIRECTIONS_MAX = 500;

const optional = (max: number, maxMessage: string, multiline = false) =>
  z.preprocess((v) => (v === undefined || v === null ? "" : v), plainText({ max, multiline, maxMessage }));

export const venueFields = z.object({
  name: plainText({ min: 2, max: VENUE_NAME_MAX, message: "Skriv stedets navn (mindst 2 tegn).", maxMessage: `Højst ${VENUE_NAME_MAX} tegn.` }),
  address: plainText({
    min: 3,
    max: VENUE_ADDRESS_MAX,
    message: "Skriv adressen, fx Fredensgade 14.",
    maxMessage: `Højst ${VENUE_ADDRESS_MAX} tegn.`,
  }),
  postcode: z
    .string({ error: "Skriv postnummeret med 4 cifre, fx 7400." })
    .trim()
    .regex(/^\d{4}$/, "Skriv postnummeret med 4 cifre, fx 7400."),
  town: plainText({ min: 2, max: 60, message: "Skriv byen, fx Herning.", maxMessage: "Højst 60 tegn." }),
  directions: optional(VENUE_DIRECTIONS_MAX, `Vejvisningen må højst være ${VENUE_DIRECTIONS_MAX} tegn.`, true),
  stepFreeAccess: checkbox,
  accessibleToilet: checkbox,
  hearingLoop: checkbox,
  parking: checkbox,
  publicTransport: checkbox,
});

export const venueInput = venueFields;
export type VenueInput = z.output<typeof venueInput>;
export type VenueValues = z.input<typeof venueInput>;

export const venueUpdateInput = venueFields.extend({ venueId: recordId });
export type VenueUpdateInput = z.output<typeof venueUpdateInput>;

export const venueIdInput = z.object({ venueId: recordId });
