import "server-only";
import { done, type Outcome, type Tx } from "@/lib/command/define";
import { INTEREST_CONSENT } from "@/lib/consents";
import type { InterestInput } from "./schema";

/**
 * Records a wish for a group, in the caller's transaction. The same email, topic and age band still
 * waiting is not stored twice; its consent is renewed instead.
 */
export async function createInterest(tx: Tx, input: InterestInput, now = new Date()): Promise<Outcome<{ id: string; isNew: boolean }, never>> {
  const existing = await tx.interest.findFirst({
    where: { email: input.email, topic: input.topic, ageBand: input.ageBand, handledAt: null },
    select: { id: true },
  });
  if (existing) {
    await tx.interest.update({
      where: { id: existing.id },
      data: { consentAt: now, consentVersion: INTEREST_CONSENT.version },
      select: { id: true },
    });
    return done({ id: existing.id, isNew: false });
  }
  const created = await tx.interest.create({
    data: {
      name: input.name,
      email: input.email,
      topic: input.topic,
      ageBand: input.ageBand,
      consentAt: now,
      consentVersion: INTEREST_CONSENT.version,
    },
    select: { id: true },
  });
  return done({ id: created.id, isNew: true });
}
