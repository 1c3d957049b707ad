import "server-only";
// Erasure requests members make on their own page ("Min side", lib/self-service): the coordinator
// sees them on the privacy page and the dashboard, and confirming one runs the erasure.
import type { Actor } from "@/lib/auth/actor";
import { done, refuse, type Outcome, type Tx } from "@/lib/command/define";
import { db } from "@/lib/db";
import { eraseMember, type GroupRef } from "./data";

/** The open requests, oldest first, with the member's name (their page is one click away). The page authorises the administrator. */
export async function listErasureRequests(_admin: Actor) {
  return db.erasureRequest.findMany({
    select: { id: true, createdAt: true, member: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
  });
}

export async function countErasureRequests(_admin: Actor): Promise<number> {
  return db.erasureRequest.count();
}

/**
 * Confirms a request: erases its member exactly as the coordinator's erasure does (lib/privacy/data.ts
 * eraseMember), which removes the request with the member. The member asked in writing through their
 * own session, so the name-typing check of the manual erasure is the request itself.
 */
export async function confirmErasureRequest(tx: Tx, requestId: string): Promise<Outcome<{ memberId: string; groups: GroupRef[] }, "NOT_FOUND">> {
  const request = await tx.erasureRequest.findUnique({ where: { id: requestId }, select: { memberId: true, member: { select: { name: true } } } });
  if (!request) return refuse("NOT_FOUND");
  const erased = await eraseMember(tx, { memberId: request.memberId, confirmName: request.member.name });
  if (!erased.ok) return refuse("NOT_FOUND");
  return done({ memberId: request.memberId, groups: erased.data.groups });
}
