"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { requireAdmin } from "@/lib/auth/session";
import * as data from "./data";
import { purgeExpiredRecords, type RetentionCounts } from "./retention-data";
import { eraseMemberInput, withdrawConsentInput } from "./schema";

const invalid = (error: z.ZodError): ActionResult => ({ ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(error).fieldErrors });

/** Pages that show members, applications, participants or seats: admin lists and the public catalogue. */
function revalidatePeopleAndGroups() {
  revalidatePath("/admin");
  revalidatePath("/admin/medlemmer", "layout");
  revalidatePath("/admin/ansoegninger", "layout");
  revalidatePath("/admin/grupper", "layout");
  revalidatePath("/admin/mine-grupper", "layout");
  revalidatePath("/admin/privatliv");
  revalidatePath("/admin/udbakke", "layout");
  revalidatePath("/grupper", "layout");
}

/** Erases a member on their request, after the coordinator typed the member's name to confirm. */
export async function eraseMemberAction(input: unknown): Promise<ActionResult> {
  const actor = await requireAdmin();
  const parsed = eraseMemberInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.eraseMember(parsed.data.memberId, parsed.data.confirmName, actor.id);
  if (!outcome.ok && outcome.reason === "not-found") return { ok: false, message: "Medlemmet findes ikke (længere)." };
  if (!outcome.ok) {
    return { ok: false, message: INVALID_INPUT, fieldErrors: { confirmName: ["Navnet passer ikke. Skriv medlemmets navn præcis som det står øverst på siden."] } };
  }
  revalidatePeopleAndGroups();
  redirect("/admin/medlemmer?besked=slettet");
}

/** The applicant withdrew their consents (by phone or email). */
export async function withdrawConsentAction(input: unknown): Promise<ActionResult> {
  const actor = await requireAdmin();
  const parsed = withdrawConsentInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.withdrawConsent(parsed.data.applicationId, actor.id);
  if (!outcome.ok) {
    return { ok: false, message: outcome.reason === "not-found" ? "Ansøgningen findes ikke (længere)." : "Samtykket er allerede trukket tilbage." };
  }
  revalidatePath("/admin");
  revalidatePath("/admin/ansoegninger", "layout");
  revalidatePath("/admin/grupper", "layout");
  revalidatePath("/admin/mine-grupper", "layout");
  revalidatePath("/grupper");
  revalidatePath(`/grupper/${outcome.groupSlug}`);
  return { ok: true };
}

/** Deletes now what the retention period has made due (the same runs on every start). */
export async function purgeExpiredRecordsAction(): Promise<ActionResult<RetentionCounts>> {
  const actor = await requireAdmin();
  const counts = await purgeExpiredRecords(new Date(), actor.id);
  revalidatePeopleAndGroups();
  return { ok: true, data: counts };
}
