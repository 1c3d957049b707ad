// Inputs for the topic admin page, and the topic field that group and interest forms share. Danish
// messages, safe in the browser. Only the command (lib/topics/data.ts) knows whether a key exists and is
// not retired; the schema checks its shape.
import { plainText, recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";

export const TOPIC_LABEL_MAX = 40;
export const TOPIC_DESCRIPTION_MAX = 240;
export const TOPIC_SLUG_MAX = 40;

/** A topic's key as a form posts it (a select's value): the seeded keys (GRIEF …) and made ones (cuid). */
export const topicKeyField = z
  .string({ error: "Vælg et emne." })
  .trim()
  .regex(/^[A-Za-z0-9_]{1,64}$/, "Vælg et emne.");

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The address part: empty means "make it from the label" (lib/topics/rules.ts topicSlugFrom). */
const slugField = z
  .string({ error: "Skriv adressen med små bogstaver, tal og bindestreger, fx angst." })
  .trim()
  .toLowerCase()
  .max(TOPIC_SLUG_MAX, `Højst ${TOPIC_SLUG_MAX} tegn.`)
  .refine((s) => s === "" || SLUG.test(s), "Skriv adressen med små bogstaver (a–z), tal og bindestreger, fx angst.");

const label = plainText({
  min: 2,
  max: TOPIC_LABEL_MAX,
  message: "Skriv emnets navn (mindst 2 tegn).",
  maxMessage: `Højst ${TOPIC_LABEL_MAX} tegn.`,
});
const description = plainText({
  min: 10,
  max: TOPIC_DESCRIPTION_MAX,
  message: "Skriv en kort beskrivelse på mindst 10 tegn.",
  maxMessage: `Beskrivelsen må højst være ${TOPIC_DESCRIPTION_MAX} tegn.`,
});

export const topicCreateInput = z.object({ label, slug: slugField.default(""), description });
export type TopicCreateInput = z.output<typeof topicCreateInput>;
export type TopicCreateValues = z.input<typeof topicCreateInput>;

/** Renaming: the label and the description. The slug stays, so links to the catalogue keep working. */
export const topicUpdateInput = z.object({ topicKey: recordId, label, description });
export type TopicUpdateInput = z.output<typeof topicUpdateInput>;
export type TopicUpdateValues = z.input<typeof topicUpdateInput>;

export const topicMoveInput = z.object({
  topicKey: recordId,
  direction: z.enum(["up", "down"], { error: "Vælg op eller ned." }),
});
export type TopicMoveInput = z.output<typeof topicMoveInput>;

export const topicKeyInput = z.object({ topicKey: recordId });
