import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

/**
 * The signed-in user's id from the next-auth JWT, or null. The one place that reads the session
 * cookie; tests replace this module to act as a given user (tests/helpers/request.ts).
 */
export async function readSessionToken(): Promise<{ userId: string } | null> {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  return userId ? { userId } : null;
}
