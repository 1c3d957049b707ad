"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/session";
import { sendEmail } from "@/lib/email/send";
import { getSettings } from "@/lib/settings/data";
import { INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import * as data from "./data";
import { renewalReminderEmail } from "./emails";
import { memberIdInput, paymentInput } from "./schema";

const NOT_FOUND = "Medlemmet findes ikke (længere).";

/** The register's pages, the dashboard counts, and application pages that show membership status. */
function revalidateMember(memberId: string) {
  revalidatePath("/admin");
  revalidatePath("/admin/medlemmer");
  revalidatePath(`/admin/medlemmer/${memberId}`);
  revalidatePath("/admin/ansoegninger", "layout");
}

export async function recordPaymentAction(input: unknown): Promise<ActionResult> {
  const actor = await requireAdmin();
  const parsed = paymentInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { membershipFeeOre } = await getSettings();
  const found = await data.recordPayment(parsed.data, actor.id, membershipFeeOre);
  if (!found) return { ok: false, message: NOT_FOUND };
  revalidateMember(parsed.data.memberId);
  return { ok: true };
}

export async function waiveMembershipAction(input: unknown): Promise<ActionResult> {
  const actor = await requireAdmin();
  const parsed = memberIdInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const found = await data.waiveMembership(parsed.data.memberId, actor.id);
  if (!found) return { ok: false, message: NOT_FOUND };
  revalidateMember(parsed.data.memberId);
  return { ok: true };
}

export async function createMembershipPeriodAction(input: unknown): Promise<ActionResult> {
  const actor = await requireAdmin();
  const parsed = memberIdInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { membershipFeeOre } = await getSettings();
  const outcome = await data.createMembershipPeriod(parsed.data.memberId, actor.id, membershipFeeOre);
  if (outcome === "not-found") return { ok: false, message: NOT_FOUND };
  if (outcome === "already-pending") return { ok: false, message: "Der findes allerede en periode, som afventer betaling." };
  revalidateMember(parsed.data.memberId);
  return { ok: true };
}

/** Emails every member whose paid membership ends within 30 days — at most once per period. */
export async function sendRenewalRemindersAction(): Promise<ActionResult<{ sent: number }>> {
  const actor = await requireAdmin();
  const settings = await getSettings();
  const claimed = await data.claimDueReminders(actor.id);
  for (const r of claimed) {
    await sendEmail(
      renewalReminderEmail({
        name: r.name,
        email: r.email,
        periodEnd: r.periodEnd,
        feeOre: settings.membershipFeeOre,
        mobilePayNumber: settings.mobilePayNumber,
        bankAccount: settings.bankAccount,
      }),
    );
  }
  revalidatePath("/admin/medlemmer");
  revalidatePath("/admin/udbakke");
  return { ok: true, data: { sent: claimed.length } };
}
