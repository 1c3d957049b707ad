import "server-only";
// The edge between Next and the command pipeline: who is calling (session, client address), then the
// revalidations and the redirect the command declared. Every server action is one call of perform().
import { revalidatePath, revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { revalidationsFor, tagsFor } from "@/lib/cache/invalidate";
import { forgetKnownGroupSlugs } from "@/lib/groups/known-slugs";
import { getMemberSession } from "@/lib/member-session/session";
import { clientIp } from "@/lib/request-ip";
import type { Command, Policy } from "./define";
import { execute } from "./execute";
import type { ActionResult } from "./result";

export async function perform<I, D, C extends string, R, P extends Policy<I>, X>(
  cmd: Command<I, D, C, R, P, X>,
  raw: unknown,
): Promise<ActionResult<R>> {
  // The member's own-page session is read only for member commands: no other command can act as a member.
  const [actor, ip, member] = await Promise.all([getSession(), clientIp(), cmd.policy.kind === "member" ? getMemberSession() : null]);
  const execution = await execute(cmd as never, raw, { actor, clientIp: ip, member });
  // Expired at once ({ expire: 0 }), not served stale once more: the caller's next page reads the change.
  for (const tag of tagsFor(execution.changes)) revalidateTag(tag, { expire: 0 });
  for (const r of revalidationsFor(execution.changes)) revalidatePath(r.path, r.type);
  // A new group's page must open at once, not after proxy.ts's list of slugs next expires.
  if (execution.changes.some((c) => c.kind === "group")) forgetKnownGroupSlugs();
  if (execution.redirectTo) redirect(execution.redirectTo);
  return execution.result as ActionResult<R>;
}
