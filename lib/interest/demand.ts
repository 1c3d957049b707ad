import "server-only";
// Demand on the interest list: when a topic and age band has enough confirmed, unhandled entries to start
// a group, the coordinator is told once (an email and the overview). The minimum is the one a new group
// gets (lib/groups/forming-rules.ts DEFAULT_MIN_PARTICIPANTS); docs/forming.md explains the marker.
import { db, lockKeys } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/command/define";
import { queueEmail } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { interestReachedNotice } from "@/lib/groups/forming-emails";
import { DEFAULT_MIN_PARTICIPANTS, markerStep } from "@/lib/groups/forming-rules";
import type { AgeBandValue } from "@/lib/groups/labels";
import type { TopicKey } from "@/lib/topics/topics";
import { getSettings } from "@/lib/settings/data";

export const INTEREST_MINIMUM = DEFAULT_MIN_PARTICIPANTS;

/** The entries that count: confirmed by the owner of the address, and not yet handled. */
const counted = (topic: TopicKey, ageBand: AgeBandValue) => ({ topic, ageBand, handledAt: null, awaitsConfirmation: false });

/**
 * After an entry of this topic and age band was confirmed (or removed), in the same transaction: takes a
 * lock on the pair (lockKeys: the write lock on SQLite, an advisory lock on PostgreSQL), counts on the
 * (topic, ageBand) index and moves the marker row. The confirmation that reaches the minimum creates the
 * row and queues the coordinator's email; one whose count is below it deletes the row, so the next
 * crossing is told again. The lock makes concurrent confirmations count one after the other; the unique
 * (topic, ageBand) key is the backstop (a duplicate fails the transaction, which the pipeline runs again).
 */
export async function syncInterestNotice(tx: Tx, topic: TopicKey, ageBand: AgeBandValue, now = new Date()): Promise<{ told: boolean }> {
  await lockKeys(tx, [`interest-demand:${topic}:${ageBand}`]);
  const [count, marker] = await Promise.all([
    tx.interest.count({ where: counted(topic, ageBand) }),
    tx.interestMinimumNotice.findUnique({ where: { topic_ageBand: { topic, ageBand } }, select: { id: true } }),
  ]);
  const step = markerStep(count >= INTEREST_MINIMUM, marker !== null);
  if (step === "CLEAR") await tx.interestMinimumNotice.deleteMany({ where: { topic, ageBand } });
  if (step !== "SET") return { told: false };
  await tx.interestMinimumNotice.create({ data: { topic, ageBand, count, reachedAt: now }, select: { id: true } });
  const { coordinatorEmail } = await getSettings(tx);
  if (coordinatorEmail) await queueEmail(tx, interestReachedNotice(coordinatorEmail, env().SITE_URL));
  return { told: true };
}

/** The topics and age bands the coordinator was told about, newest first, with how many wait now. */
export async function listInterestNotices(_admin: Actor) {
  // At most one row per topic and age band (the unique key): a bounded list, and one count per pair.
  const [rows, waiting] = await Promise.all([
    db.interestMinimumNotice.findMany({ select: { topic: true, ageBand: true, reachedAt: true }, orderBy: [{ reachedAt: "desc" }, { id: "asc" }] }),
    db.interest.groupBy({ by: ["topic", "ageBand"], where: { handledAt: null, awaitsConfirmation: false }, _count: { _all: true } }),
  ]);
  const countOf = (r: { topic: TopicKey; ageBand: AgeBandValue }) =>
    waiting.find((w) => w.topic === r.topic && w.ageBand === r.ageBand)?._count._all ?? 0;
  return rows.map((r) => ({ ...r, waiting: countOf(r) }));
}
