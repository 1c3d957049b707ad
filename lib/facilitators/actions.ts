"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/session";
import { INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { revalidateGroupPages } from "@/lib/groups/revalidate";
import { assignFacilitator as assign, releaseAssignment, updateFacilitator as update } from "./data";
import { assignInput, facilitatorInput, releaseInput } from "./schema";

function invalid(error: z.ZodError): ActionResult<never> {
  return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(error).fieldErrors };
}

/** ADMIN: course completion date, active flag and phone. */
export async function updateFacilitator(facilitatorId: string, input: unknown): Promise<ActionResult> {
  const user = await requireAdmin();
  const parsed = facilitatorInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await update(String(facilitatorId), parsed.data, user.id);
  if (!result.ok) return result;
  revalidatePath("/admin/igangsaettere");
  revalidatePath(`/admin/igangsaettere/${facilitatorId}`);
  revalidatePath("/admin");
  return result;
}

/** ADMIN: assign a facilitator to a group. A heavy load comes back as a warning. */
export async function assignFacilitator(groupId: string, input: unknown): Promise<ActionResult<{ warning?: string }>> {
  const user = await requireAdmin();
  const parsed = assignInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await assign(String(groupId), parsed.data.facilitatorId, user.id);
  if (!result.ok) return result;
  revalidateGroupPages(String(groupId), result.data.slug);
  return { ok: true, data: { warning: result.data.warning } };
}

/** ADMIN: release a facilitator from a group (withdrawal date today). */
export async function releaseFacilitator(groupId: string, input: unknown): Promise<ActionResult<{ warning?: string }>> {
  const user = await requireAdmin();
  const parsed = releaseInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await releaseAssignment(String(groupId), parsed.data.assignmentId, user.id);
  if (!result.ok) return result;
  revalidateGroupPages(String(groupId), result.data.slug);
  return { ok: true, data: { warning: result.data.warning } };
}
