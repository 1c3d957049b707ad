"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/session";
import { updatePageContent } from "./data";
import { pageContentInput, publicPathFor } from "./schema";

export async function savePageContent(input: unknown): Promise<ActionResult> {
  const admin = await requireAdmin();
  const parsed = pageContentInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { slug, title, body } = parsed.data;
  const saved = await updatePageContent(slug, { title, body }, admin.id);
  if (!saved) return { ok: false, message: "Siden findes ikke." };
  // The public page is prerendered: revalidate it so the new text shows at once.
  revalidatePath(publicPathFor(slug));
  revalidatePath("/");
  revalidatePath("/admin/indhold");
  revalidatePath(`/admin/indhold/${slug}`);
  return { ok: true };
}
