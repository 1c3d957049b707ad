// The interest-list form: a wish for a group on a topic and age band. Safe in the browser.
import { z } from "@/lib/validation/zod";
import { AGE_BANDS } from "@/lib/groups/labels";
import { topicKeyField } from "@/lib/topics/schema";
import { consentField, emailField, nameField } from "@/lib/signup/schema";

export const interestInput = z.object({
  name: nameField,
  email: emailField,
  // Whether the topic exists and is in use is the command's to say (lib/topics/data.ts checkTopicChoice).
  topic: topicKeyField,
  ageBand: z.enum(AGE_BANDS, { error: "Vælg en aldersgruppe." }),
  consentInterest: consentField("Du skal give samtykke, før vi kan skrive dig på listen."),
});
export type InterestInput = z.output<typeof interestInput>;
export type InterestFormValues = z.input<typeof interestInput>;
