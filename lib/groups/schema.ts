// Inputs for the group admin forms and the group's own decisions. zod 4, Danish messages, safe in the browser.
import { z } from "zod";
import { AGE_BANDS, CADENCES, GROUP_STATES, TOPICS } from "./labels";

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const toBool = (v: unknown) => v === true || v === "true" || v === "on";

const weekday = z.preprocess(
  blankToNull,
  z.coerce.number({ error: "Vælg en ugedag." }).int().min(1, "Vælg en ugedag.").max(7, "Vælg en ugedag.").nullable(),
);
const startTime = z.preprocess(
  blankToNull,
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Skriv tidspunktet som TT:MM, fx 19:00.").nullable(),
);
const optionalDate = z.preprocess(blankToNull, z.coerce.date({ error: "Skriv en gyldig dato." }).nullable());
const cadence = z.enum(CADENCES, { error: "Vælg hvor ofte gruppen mødes." });
const bool = z.preprocess(toBool, z.boolean());

export const groupInput = z.object({
  name: z.string().trim().min(3, "Skriv et navn på mindst 3 tegn.").max(80, "Navnet må højst være 80 tegn."),
  topic: z.enum(TOPICS, { error: "Vælg et emne." }),
  ageBand: z.enum(AGE_BANDS, { error: "Vælg en aldersgruppe." }),
  description: z.string().trim().min(20, "Skriv en beskrivelse på mindst 20 tegn.").max(2000, "Beskrivelsen må højst være 2000 tegn."),
  cadence,
  weekday,
  startTime,
  durationMinutes: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Skriv varigheden i minutter." })
      .int("Skriv et helt antal minutter.")
      .min(30, "Et møde varer mindst 30 minutter.")
      .max(360, "Et møde varer højst 6 timer (360 minutter)."),
  ),
  place: z.string().trim().min(3, "Skriv hvor gruppen mødes.").max(200, "Stedet må højst være 200 tegn."),
  capacity: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Skriv antal pladser." })
      .int("Skriv et helt antal pladser.")
      .min(2, "En gruppe har mindst 2 pladser.")
      .max(20, "En gruppe har højst 20 pladser."),
  ),
  openForNewcomers: bool,
  startDate: optionalDate,
  plannedEndDate: optionalDate,
});
export type GroupInput = z.output<typeof groupInput>;
export type GroupFormValues = z.input<typeof groupInput>;

/** The group's own decisions: changeable by its facilitators and by administrators. */
export const decisionsInput = z.object({
  cadence,
  weekday,
  startTime,
  openForNewcomers: bool,
  plannedEndDate: optionalDate,
});
export type DecisionsInput = z.output<typeof decisionsInput>;

/** The readiness check items the facilitators record. */
export const readinessInput = z.object({
  rhythmAgreed: bool,
  groundRulesAgreed: bool,
  contactParticipationId: z.preprocess(blankToNull, z.string().max(64).nullable()),
});
export type ReadinessInput = z.output<typeof readinessInput>;

export const transitionInput = z.object({
  to: z.enum(GROUP_STATES, { error: "Vælg en ny tilstand." }),
  reason: z.preprocess(blankToNull, z.string().trim().max(300, "Begrundelsen må højst være 300 tegn.").nullable()),
});
export type TransitionInput = z.output<typeof transitionInput>;

/** The admin list filters (?fase=<stateSlug>&emne=<topicSlug>). */
export const groupListFilter = z.object({
  state: z.enum(GROUP_STATES).optional(),
  topic: z.enum(TOPICS).optional(),
});
export type GroupListFilter = z.output<typeof groupListFilter>;
