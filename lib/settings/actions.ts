"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/session";
import { updateSettings } from "./data";
import { settingsInput } from "./schema";

/** ADMIN: the fee, how to pay, the coordinators' email and the rules' limits. */
export async function saveSettings(input: unknown): Promise<ActionResult> {
  const admin = await requireAdmin();
  const parsed = settingsInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  await updateSettings(parsed.data, admin.id);
  // The fee, payment details and contact email appear on many public pages, some of them cached.
  revalidatePath("/", "layout");
  return { ok: true };
}
