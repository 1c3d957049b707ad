import "server-only";
// The one group-access rule, for pages (lib/auth/session.ts) and commands (lib/command/execute.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

type Reader = Pick<Prisma.TransactionClient, "facilitatorAssignment">;

/**
 * An administrator, or a facilitator with an active assignment on the group (`includeFormer` also
 * lets former facilitators of the group read it).
 */
export async function hasGroupAccess(client: Reader, actor: Actor, groupId: string, opts: { includeFormer?: boolean } = {}): Promise<boolean> {
  if (actor.role === "ADMIN") return true;
  if (!actor.facilitatorId) return false;
  const assignment = await client.facilitatorAssignment.findFirst({
    where: { groupId, facilitatorId: actor.facilitatorId, ...(opts.includeFormer ? {} : { withdrawnAt: null }) },
    select: { id: true },
  });
  return assignment !== null;
}
