// Inputs for the group admin forms and the group's own decisions. Shared by the forms and the commands;
// Danish messages, safe in the browser. The commands' inputs add the group's id to the form's fields.
import { checkbox, optionalCalendarDay, optionalText, plainText, recordId, wholeNumber } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { MIN_PARTICIPANTS_FLOOR } from "./forming-rules";
import { topicKeyField } from "@/lib/topics/schema";
import { AGE_BANDS, CADENCES, GROUP_STATES } from "./labels";
import { GROUP_FORMATS, type GroupFormatValue } from "./place";

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

const weekday = z.preprocess(blankToNull, wholeNumber({ min: 1, max: 7, message: "Vælg en ugedag." }).nullable());
const startTime = z.preprocess(
  blankToNull,
  z
    .string({ error: "Skriv tidspunktet som TT:MM, fx 19:00." })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Skriv tidspunktet som TT:MM, fx 19:00.")
    .nullable(),
);
const optionalDay = optionalCalendarDay({ message: "Skriv en gyldig dato." });
const cadence = z.enum(CADENCES, { error: "Vælg hvor ofte gruppen mødes." });

// The form always posts both forming fields; a caller that leaves one out (an older script) keeps the
// stored value, or the default on create. An empty minimum is an error, an empty expected start clears it.
const minParticipants = wholeNumber({
  min: MIN_PARTICIPANTS_FLOOR,
  max: 20,
  message: "Skriv det mindste antal deltagere som et helt tal.",
  minMessage: `En gruppe starter med mindst ${MIN_PARTICIPANTS_FLOOR} deltagere.`,
  maxMessage: "Højst 20 – og ikke flere end gruppens pladser.",
}).optional();
const expectedStartOn = optionalCalendarDay({
  message: "Skriv en gyldig dato.",
  notBefore: { date: "2000-01-01", message: "Datoen er for langt tilbage." },
}).optional();

/** An online meeting's link: https only, one line, no spaces. Empty when the group is not online. */
const onlineUrl = z
  .string({ error: "Skriv linket til onlinemødet." })
  .trim()
  .max(300, "Linket må højst være 300 tegn.")
  .refine((s) => s === "" || (/^https:\/\/[^\s]+$/.test(s) && URL.canParse(s)), "Skriv hele linket til onlinemødet, så det begynder med https://.");

const groupFields = z.object({
  name: plainText({ min: 3, max: 80, message: "Skriv et navn på mindst 3 tegn.", maxMessage: "Navnet må højst være 80 tegn." }),
  // Whether the topic exists and is in use is the command's to say (lib/topics/data.ts checkTopicChoice).
  topic: topicKeyField,
  ageBand: z.enum(AGE_BANDS, { error: "Vælg en aldersgruppe." }),
  description: plainText({
    min: 20,
    max: 2000,
    multiline: true,
    message: "Skriv en beskrivelse på mindst 20 tegn.",
    maxMessage: "Beskrivelsen må højst være 2000 tegn.",
  }),
  cadence,
  weekday,
  startTime,
  durationMinutes: wholeNumber({
    min: 30,
    max: 360,
    message: "Skriv varigheden som et helt antal minutter, fx 120.",
    minMessage: "Et møde varer mindst 30 minutter.",
    maxMessage: "Et møde varer højst 6 timer (360 minutter).",
  }),
  // Where: the format, and what it needs (checkFormat below). Whether the venue exists and is in use is
  // the command's to say (lib/venues/data.ts checkVenueChoice).
  format: z.enum(GROUP_FORMATS, { error: "Vælg hvordan gruppen mødes." }),
  venueId: z.preprocess(blankToNull, recordId.nullable()).default(null),
  meetingPoint: z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    plainText({ max: 200, maxMessage: "Mødestedet må højst være 200 tegn." }),
  ),
  onlineUrl: z.preprocess((v) => (v === undefined || v === null ? "" : v), onlineUrl),
  capacity: wholeNumber({
    min: 2,
    max: 20,
    message: "Skriv antal pladser.",
    minMessage: "En gruppe har mindst 2 pladser.",
    maxMessage: "En gruppe har højst 20 pladser.",
  }),
  openForNewcomers: checkbox,
  startDate: optionalDay,
  plannedEndDate: optionalDay,
  minParticipants,
  expectedStartOn,
});

type Where = { format?: unknown; venueId?: unknown; meetingPoint?: unknown; onlineUrl?: unknown };

/** What each format needs: in person a venue, outdoors a meeting point (a venue is optional), online a link. */
function checkFormat(value: Where, ctx: z.RefinementCtx) {
  if (value.format === "IN_PERSON" && !value.venueId) ctx.addIssue({ code: "custom", path: ["venueId"], message: "Vælg hvor gruppen mødes." });
  if (value.format === "OUTDOORS" && !value.meetingPoint)
    ctx.addIssue({ code: "custom", path: ["meetingPoint"], message: "Skriv hvor gruppen mødes udendørs, fx ved P-pladsen ved søen." });
  if (value.format === "ONLINE" && !value.onlineUrl) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "Skriv linket til onlinemødet." });
}

/** Only what the format uses is kept: an online group has no venue, a group that meets in a room no online link. */
function keepFormatFields<T extends { format: GroupFormatValue; venueId: string | null; meetingPoint: string; onlineUrl: string }>(v: T): T {
  return {
    ...v,
    venueId: v.format === "ONLINE" ? null : v.venueId,
    meetingPoint: v.format === "OUTDOORS" ? v.meetingPoint : "",
    onlineUrl: v.format === "ONLINE" ? v.onlineUrl : "",
  };
}

type Checked = { capacity?: unknown; minParticipants?: unknown; expectedStartOn?: unknown; plannedEndDate?: unknown };

/** Across fields: the minimum fits in the group, and the expected start is not after the planned end. */
function checkAcrossFields(value: Checked, ctx: z.RefinementCtx) {
  const { capacity, minParticipants: min, expectedStartOn: start, plannedEndDate: end } = value;
  if (typeof capacity === "number" && typeof min === "number" && min > capacity) {
    ctx.addIssue({ code: "custom", path: ["minParticipants"], message: `Det mindste antal kan ikke være højere end antal pladser (${capacity}).` });
  }
  if (start instanceof Date && end instanceof Date && start > end) {
    ctx.addIssue({ code: "custom", path: ["expectedStartOn"], message: "Den forventede start kan ikke ligge efter den planlagte slutdato." });
  }
}

export const groupInput = groupFields.superRefine(checkAcrossFields).superRefine(checkFormat).transform(keepFormatFields);
export type GroupInput = z.output<typeof groupInput>;
export type GroupFormValues = z.input<typeof groupInput>;

/** Editing a group: its id and every field of the form. */
export const groupUpdateInput = groupFields
  .extend({ groupId: recordId })
  .superRefine(checkAcrossFields)
  .superRefine(checkFormat)
  .transform(keepFormatFields);

/** The group's own decisions: changeable by its facilitators and by administrators. */
export const decisionsInput = z.object({
  cadence,
  weekday,
  startTime,
  openForNewcomers: checkbox,
  plannedEndDate: optionalDay,
});
export type DecisionsInput = z.output<typeof decisionsInput>;
export const groupDecisionsInput = decisionsInput.extend({ groupId: recordId });

/** The readiness check items the facilitators record. */
export const readinessInput = z.object({
  rhythmAgreed: checkbox,
  groundRulesAgreed: checkbox,
  contactParticipationId: z.preprocess(blankToNull, recordId.nullable()),
});
export type ReadinessInput = z.output<typeof readinessInput>;
export const groupReadinessInput = readinessInput.extend({ groupId: recordId });

/** A lifecycle step (or ending the group, which needs a reason). */
export const transitionInput = z.object({
  groupId: recordId,
  to: z.enum(GROUP_STATES, { error: "Vælg en ny tilstand." }),
  reason: optionalText({ max: 300, multiline: true, maxMessage: "Begrundelsen må højst være 300 tegn." }),
});
export type TransitionInput = z.output<typeof transitionInput>;

/** The admin list filters (?fase=<stateSlug>&emne=<topicSlug>). */
export const groupListFilter = z.object({
  state: z.enum(GROUP_STATES).optional(),
  topic: z.string().optional(),
});
export type GroupListFilter = z.output<typeof groupListFilter>;
