import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { hasGroupAccess } from "./access";
import type { Actor } from "./actor";
import { signedInBeforePasswordChange, signedInBeforeSessionsEnded } from "./session-age";
import { isSessionEnded } from "./sessions";
import { readSessionToken } from "./session-token";

/** The signed-in user as pages see it: the same shape the command pipeline and data functions take. */
export type SessionUser = Actor;

/**
 * The signed-in, active user, read fresh from the database for every request so that a deactivated
 * account, a changed role or a changed password (which ends sessions signed in before it) takes
 * effect at once, whatever the JWT says. A signed-out session (its id in EndedSession) and sessions
 * from before a deactivation (User.sessionsEndedAt) are rejected too, so a copy of the old cookie
 * is worth nothing.
 */
export const getSession = cache(readSession);

// Cached per request (React cache): one read however many layouts, pages and data functions ask.
async function readSession(): Promise<Actor | null> {
  const token = await readSessionToken();
  if (!token) return null;
  const [user, ended] = await Promise.all([
    db.user.findUnique({
      where: { id: token.userId },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        passwordChangedAt: true,
        sessionsEndedAt: true,
        facilitator: { select: { id: true } },
      },
    }),
    isSessionEnded(db, token.sessionId),
  ]);
  if (!user || !user.active || ended) return null;
  if (signedInBeforePasswordChange(token.authTime, user.passwordChangedAt)) return null;
  if (signedInBeforeSessionsEnded(token.authTime, user.sessionsEndedAt)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, facilitatorId: user.facilitator?.id ?? null };
}

/** For pages: anonymous visitors go to the login page; the wrong role gets "no access". */
export async function requireUserPage(): Promise<Actor> {
  const user = await getSession();
  if (!user) redirect("/login");
  return user;
}

export async function requireAdminPage(): Promise<Actor> {
  const user = await requireUserPage();
  if (user.role !== "ADMIN") redirect("/admin/ingen-adgang");
  return user;
}

/**
 * For pages of one group: an administrator, or a facilitator with an active assignment on it
 * (`includeFormer` also admits former facilitators of the group, for reading); others get "no access".
 */
export async function requireGroupAccessPage(groupId: string, opts: { includeFormer?: boolean } = {}): Promise<Actor> {
  const user = await requireUserPage();
  if (!(await hasGroupAccess(db, user, groupId, opts))) redirect("/admin/ingen-adgang");
  return user;
}
