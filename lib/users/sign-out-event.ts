import "server-only";
// next-auth's own sign-out endpoint (/api/auth/signout, which the site's button no longer uses) ends
// the session on the server too, through the same command as the button (lib/users/actions.ts).
import { execute } from "@/lib/command/execute";
import { db } from "@/lib/db";
import { signOut } from "./commands";

export async function endSessionOfToken(token: { sub?: string; sid?: unknown } | null | undefined): Promise<void> {
  if (!token?.sub || typeof token.sid !== "string") return;
  const user = await db.user.findUnique({
    where: { id: token.sub },
    select: { id: true, name: true, email: true, role: true, facilitator: { select: { id: true } } },
  });
  if (!user) return;
  const actor = { id: user.id, name: user.name, email: user.email, role: user.role, facilitatorId: user.facilitator?.id ?? null };
  await execute(signOut as never, { sessionId: token.sid }, { actor, clientIp: "" });
}
