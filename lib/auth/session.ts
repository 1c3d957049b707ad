import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { signedInBeforePasswordChange } from "./session-age";
import { readSessionToken } from "./session-token";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "FACILITATOR";
  facilitatorId: string | null;
};

/** Thrown by the require… helpers. Server actions let it propagate: the caller gets no data. */
export class AccessDenied extends Error {
  constructor(message = "Du har ikke adgang til dette.") {
    super(message);
    this.name = "AccessDenied";
  }
}

/**
 * The signed-in, active user, read fresh from the database for every request so that a deactivated
 * account, a changed role or a changed password (which ends sessions signed in before it) takes
 * effect at once, whatever the JWT says.
 */
export const getSession = cache(readSession);

// Cached per request (React cache): one read however many layouts, pages and data functions ask.
async function readSession(): Promise<SessionUser | null> {
  const token = await readSessionToken();
  if (!token) return null;
  const user = await db.user.findUnique({
    where: { id: token.userId },
    select: { id: true, name: true, email: true, role: true, active: true, passwordChangedAt: true, facilitator: { select: { id: true } } },
  });
  if (!user || !user.active) return null;
  if (signedInBeforePasswordChange(token.authTime, user.passwordChangedAt)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, facilitatorId: user.facilitator?.id ?? null };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) throw new AccessDenied("Du skal være logget ind.");
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") throw new AccessDenied();
  return user;
}

/**
 * An administrator, or a facilitator with an active assignment on the group
 * (`includeFormer` also lets former facilitators of the group read it).
 */
export async function requireGroupAccess(groupId: string, opts: { includeFormer?: boolean } = {}): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role === "ADMIN") return user;
  if (!user.facilitatorId) throw new AccessDenied();
  const assignment = await db.facilitatorAssignment.findFirst({
    where: { groupId, facilitatorId: user.facilitatorId, ...(opts.includeFormer ? {} : { withdrawnAt: null }) },
    select: { id: true },
  });
  if (!assignment) throw new AccessDenied();
  return user;
}

/** For pages: anonymous visitors go to the login page; the wrong role gets "no access". */
export async function requireUserPage(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect("/login");
  return user;
}

export async function requireAdminPage(): Promise<SessionUser> {
  const user = await requireUserPage();
  if (user.role !== "ADMIN") redirect("/admin/ingen-adgang");
  return user;
}
