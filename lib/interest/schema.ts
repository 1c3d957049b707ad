// The interest-list form: a wish for a group on a topic and age band. Safe in the browser.
import { z } from "@/lib/validation/zod";
import { AGE_BANDS, TOPICS } from "@/lib/groups/labels";
import { consentField, emailField, nameField } from "@/lib/signup/schema";

export const interestInput = z.object({
  name: nameField,
  email: emailField,
  topic: z.enum(TOPICS, { error: "Vælg et emne." }),
  ageBand: z.enum(AGE_BANDS, { error: "Vælg en aldersgruppe." }),
  consentInterest: consentField("Du skal give samtykke, før vi kan skrive dig på listen."),
});
export type InterestInput = z.output<typeof interestInput>;
export type InterestFormValues = z.input<typeof interestInput>;
