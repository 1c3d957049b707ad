"use server";
import { z } from "zod";
import { requireGroupAccess } from "@/lib/auth/session";
import { INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { revalidateGroupPages } from "@/lib/groups/revalidate";
import { deleteMeeting as remove, recordMeeting as record } from "./data";
import { deleteMeetingInput, meetingInput } from "./schema";

/** GROUP: record a held meeting (date, facilitators present, number of participants). */
export async function recordMeeting(groupId: string, input: unknown): Promise<ActionResult> {
  const user = await requireGroupAccess(String(groupId));
  const parsed = meetingInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await record(String(groupId), parsed.data, user.id);
  if (!result.ok) return result;
  revalidateGroupPages(String(groupId), result.data.slug);
  return { ok: true };
}

/** GROUP: remove a meeting recorded by mistake (it counts towards the readiness check). */
export async function deleteMeeting(groupId: string, input: unknown): Promise<ActionResult> {
  const user = await requireGroupAccess(String(groupId));
  const parsed = deleteMeetingInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await remove(String(groupId), parsed.data.meetingId, user.id);
  if (!result.ok) return result;
  revalidateGroupPages(String(groupId), result.data.slug);
  return { ok: true };
}
