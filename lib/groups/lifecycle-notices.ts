import "server-only";
// The applicants' and participants' emails when a planned group starts or is cancelled (ended before it
// started), queued in the transition's transaction (lib/email/queue.ts). Builders: ./forming-emails.ts.
import type { Tx } from "@/lib/command/define";
import { queueEmail } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { interestHref } from "@/lib/interest/links";
import { getTopicIn } from "@/lib/topics/data";
import { getIdentity } from "@/lib/settings/data";
import { groupCancelledEmail, groupStartsEmail, type GroupNewsFacts, type Standing } from "./forming-emails";
import { COUNTED_APPLICATION_STATUSES, isForming } from "./forming-rules";
import type { GroupStateValue } from "./labels";
import { meetingFactsSelect } from "./selects";

/** Which news a transition is for the people of a planned group; null when it is none of theirs. */
export function newsOf(from: GroupStateValue, to: GroupStateValue): "STARTS" | "CANCELLED" | null {
  if (!isForming(from)) return null;
  if (to === "STARTING") return "STARTS";
  if (to === "ENDED") return "CANCELLED";
  return null;
}

type Person = { email: string; name: string; awaitsConfirmation: boolean };

/**
 * Who hears: every active participant, and every applicant whose application is still open (received
 * or waitlisted) and confirmed — an unconfirmed address gets nothing, as with decisions. A person gets
 * one email, as a participant when they are one. Groups are small (capacity ≤ 20, their open
 * applications a handful), so the lists are read whole.
 */
async function recipients(tx: Tx, groupId: string): Promise<{ person: Person; standing: Standing }[]> {
  const person = { select: { id: true, email: true, name: true, awaitsConfirmation: true } } as const;
  const [participants, applications] = await Promise.all([
    tx.participation.findMany({ where: { groupId, leftAt: null }, select: { member: person }, orderBy: { joinedAt: "asc" } }),
    tx.application.findMany({
      where: { groupId, status: { in: [...COUNTED_APPLICATION_STATUSES] }, awaitsConfirmation: false },
      select: { status: true, member: person },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const out = new Map<string, { person: Person; standing: Standing }>();
  for (const p of participants) out.set(p.member.id, { person: p.member, standing: "PARTICIPANT" });
  for (const a of applications) {
    if (!out.has(a.member.id)) out.set(a.member.id, { person: a.member, standing: a.status === "WAITLISTED" ? "WAITLISTED" : "RECEIVED" });
  }
  return [...out.values()];
}

/** Queues the news of this transition to each person of the group; nothing when it is no news to them. */
export async function queueLifecycleNews(tx: Tx, groupId: string, from: GroupStateValue, to: GroupStateValue): Promise<number> {
  const kind = newsOf(from, to);
  if (!kind) return 0;
  const group = await tx.group.findUniqueOrThrow({
    where: { id: groupId },
    select: { ...meetingFactsSelect, name: true, topic: true, ageBand: true },
  });
  const interestUrl = `${env().SITE_URL}${interestHref((await getTopicIn(tx, group.topic)) ?? undefined, group.ageBand)}`;
  const [people, org] = await Promise.all([recipients(tx, groupId), getIdentity(tx)]);
  for (const { person, standing } of people) {
    const facts: GroupNewsFacts = {
      to: person.email,
      // Greet only with a name the owner of the address has confirmed.
      confirmedName: person.awaitsConfirmation ? null : person.name,
      standing,
      group,
      org,
    };
    await queueEmail(tx, kind === "STARTS" ? groupStartsEmail(facts) : groupCancelledEmail(facts, interestUrl));
  }
  return people.length;
}
