import "server-only";
// Sessions ended on the server. next-auth's JWT lives in the browser's cookie for up to 8 hours; a
// signed-out session's id is kept here so a copy of the old cookie is rejected (lib/auth/session.ts).
// Free of Next: the command pipeline and scripts call these.
import type { Tx } from "@/lib/command/define";
import { done, type Outcome } from "@/lib/command/define";
import type { Actor } from "./actor";
import { SESSION_MAX_AGE_SECONDS } from "./session-age";

type EndedReader = Pick<Tx, "endedSession">;

/** Ends one session of the actor (sign-out). Also purges ended sessions whose JWTs have expired anyway. */
export async function endSession(tx: Tx, actor: Actor, sessionId: string, now = new Date()): Promise<Outcome<{ userId: string }, never>> {
  await tx.endedSession.upsert({
    where: { id: sessionId },
    create: { id: sessionId, userId: actor.id, endedAt: now },
    update: {},
    select: { id: true },
  });
  await purgeEndedSessions(tx, now);
  return done({ userId: actor.id });
}

/** Whether this session was signed out. */
export async function isSessionEnded(reader: EndedReader, sessionId: string): Promise<boolean> {
  return (await reader.endedSession.count({ where: { id: sessionId } })) > 0;
}

/** Ended sessions older than the longest session: their JWTs are rejected for their age already. */
export async function purgeEndedSessions(tx: Pick<Tx, "endedSession">, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000);
  return (await tx.endedSession.deleteMany({ where: { endedAt: { lt: cutoff } } })).count;
}
