import "server-only";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { consentFor, INTEREST_CONSENT } from "@/lib/consents";
import { confirmationLink, confirmationRequest } from "@/lib/confirmations/emails";
import { createConfirmationLink } from "@/lib/confirmations/links";
import { queueEmail } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { ageBandLabel } from "@/lib/groups/labels";
import { getIdentity } from "@/lib/settings/data";
import { checkTopicChoice, topicLabelIn } from "@/lib/topics/data";
import type { TopicChoiceRefusal } from "@/lib/topics/rules";
import type { InterestInput } from "./schema";

/**
 * Records a wish for a group, in the caller's transaction, waiting for the owner of the address to
 * confirm it (lib/confirmations). The same email, topic and age band still waiting is not stored
 * twice: it gets a new link, and confirming it renews the consent. Whoever posts the form gets the
 * same answer either way.
 */
export async function createInterest(tx: Tx, input: InterestInput, now = new Date()): Promise<Outcome<{ id: string }, TopicChoiceRefusal>> {
  // The form offers the topics in use; a retired or unknown one is refused (on the field, as a typo would be).
  const topicRefusal = await checkTopicChoice(tx, input.topic);
  if (topicRefusal) return refuse(topicRefusal);
  const org = await getIdentity(tx);
  const existing = await tx.interest.findFirst({
    where: { email: input.email, topic: input.topic, ageBand: input.ageBand, handledAt: null },
    select: { id: true },
  });
  const entry =
    existing ??
    (await tx.interest.create({
      data: {
        name: input.name,
        email: input.email,
        topic: input.topic,
        ageBand: input.ageBand,
        awaitsConfirmation: true,
        consentAt: now,
        consentVersion: consentFor(INTEREST_CONSENT, org.orgName).version,
      },
      select: { id: true },
    }));
  const token = await createConfirmationLink(tx, { purpose: "INTEREST", interestId: entry.id }, now);
  const about = `${(await topicLabelIn(tx, input.topic)).toLowerCase()}, ${ageBandLabel[input.ageBand].toLowerCase()}`;
  await queueEmail(
    tx,
    confirmationRequest({
      to: { email: input.email, storedName: null },
      purpose: "INTEREST",
      about,
      link: confirmationLink(env().SITE_URL, token),
      org,
    }),
  );
  return done({ id: entry.id });
}
