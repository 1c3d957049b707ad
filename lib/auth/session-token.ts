import "server-only";
import { getServerSession } from "next-auth";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "./options";

/**
 * The signed-in user's id from the next-auth JWT, or null. The one place that reads the session
 * cookie; tests replace this module to act as a given user (tests/helpers/request.ts).
 * A session older than SESSION_MAX_AGE_SECONDS since sign-in counts as signed out, however often
 * next-auth has renewed the cookie.
 */
export async function readSessionToken(): Promise<{ userId: string } | null> {
  const session = (await getServerSession(authOptions)) as { user?: { id?: string }; authTime?: number } | null;
  const userId = session?.user?.id;
  if (!userId) return null;
  const age = Math.floor(Date.now() / 1000) - (session?.authTime ?? 0);
  return age <= SESSION_MAX_AGE_SECONDS ? { userId } : null;
}
