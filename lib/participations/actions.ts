"use server";
import { z } from "zod";
import { requireGroupAccess } from "@/lib/auth/session";
import { INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { revalidateGroupPages } from "@/lib/groups/revalidate";
import { endParticipation as end } from "./data";
import { endParticipationInput } from "./schema";

/** GROUP: a participant has left the group (administrators, and the group's active facilitators). */
export async function endParticipation(groupId: string, input: unknown): Promise<ActionResult> {
  const user = await requireGroupAccess(String(groupId));
  const parsed = endParticipationInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await end(String(groupId), parsed.data, user.id);
  if (!result.ok) return result;
  revalidateGroupPages(String(groupId), result.data.slug);
  return { ok: true };
}
