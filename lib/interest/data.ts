import "server-only";
import { db } from "@/lib/db";
import { INTEREST_CONSENT } from "@/lib/consents";
import type { InterestInput } from "./schema";

/**
 * Records a wish for a group. The same email, topic and age band still waiting is not stored twice;
 * its consent is renewed instead.
 */
export async function createInterest(input: InterestInput, now = new Date()): Promise<{ id: string; isNew: boolean }> {
  return db.$transaction(async (tx) => {
    const existing = await tx.interest.findFirst({
      where: { email: input.email, topic: input.topic, ageBand: input.ageBand, handledAt: null },
      select: { id: true },
    });
    if (existing) {
      await tx.interest.update({ where: { id: existing.id }, data: { consentAt: now, consentVersion: INTEREST_CONSENT.version }, select: { id: true } });
      return { id: existing.id, isNew: false };
    }
    const created = await tx.interest.create({
      data: { name: input.name, email: input.email, topic: input.topic, ageBand: input.ageBand, consentAt: now, consentVersion: INTEREST_CONSENT.version },
      select: { id: true },
    });
    return { id: created.id, isNew: true };
  });
}
