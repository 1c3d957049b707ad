"use server";
import { z } from "zod";
import { requireAdmin, requireGroupAccess } from "@/lib/auth/session";
import { INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { createGroup as createGroupRecord, updateGroup as updateGroupRecord } from "./data";
import { transitionGroup, updateDecisions, updateReadiness } from "./lifecycle-data";
import { revalidateGroupPages } from "./revalidate";
import { decisionsInput, groupInput, readinessInput, transitionInput } from "./schema";

function invalid(error: z.ZodError): ActionResult<never> {
  return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(error).fieldErrors };
}

/** ADMIN: a new planned group with a unique slug from its name. */
export async function createGroup(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await requireAdmin();
  const parsed = groupInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const group = await createGroupRecord(parsed.data, user.id);
  revalidateGroupPages(group.id, group.slug);
  return { ok: true, data: { id: group.id } };
}

/** ADMIN: every field of the group. */
export async function updateGroup(groupId: string, input: unknown): Promise<ActionResult> {
  const user = await requireAdmin();
  const parsed = groupInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateGroupRecord(String(groupId), parsed.data, user.id);
  if (!result.ok) return result;
  revalidateGroupPages(String(groupId), result.data.slug);
  return { ok: true };
}

/** ADMIN: moves the group through its lifecycle; the rules decide, and a refusal changes nothing. */
export async function changeGroupState(groupId: string, input: unknown): Promise<ActionResult> {
  const user = await requireAdmin();
  const parsed = transitionInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await transitionGroup(String(groupId), parsed.data, user.id);
  if (!result.ok) return result;
  revalidateGroupPages(String(groupId), result.data.slug);
  return { ok: true };
}

/** GROUP: the group's own decisions, by its facilitators or an administrator. */
export async function updateGroupDecisions(groupId: string, input: unknown): Promise<ActionResult> {
  const user = await requireGroupAccess(String(groupId));
  const parsed = decisionsInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateDecisions(String(groupId), parsed.data, user.id);
  if (!result.ok) return result;
  revalidateGroupPages(String(groupId), result.data.slug);
  return { ok: true };
}

/** GROUP: the readiness check items, by its facilitators or an administrator. */
export async function updateGroupReadiness(groupId: string, input: unknown): Promise<ActionResult> {
  const user = await requireGroupAccess(String(groupId));
  const parsed = readinessInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateReadiness(String(groupId), parsed.data, user.id);
  if (!result.ok) return result;
  revalidateGroupPages(String(groupId), result.data.slug);
  return { ok: true };
}
