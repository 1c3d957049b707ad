"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { GENERIC_ERROR, INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { RATE_LIMITED_MESSAGE } from "@/lib/command/result";
import { emailKey, ipKey, takeRateLimit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-ip";
import { createApplication, createMemberWithMembership } from "./data";
import { sendApplicationEmails, sendMemberEmails } from "./emails";
import { formDataToInput, isHoneypotFilled } from "./form-data";
import { HONEYPOT_MESSAGE, NOT_FOUND_MESSAGE } from "./messages";
import { AVAILABILITY_MESSAGE, DUPLICATE_APPLICATION_MESSAGE } from "./rules";
import { applicationInput, memberInput } from "./schema";

// Public actions: no role. Protected by the honeypot and a rate limit per IP and per email.

async function withinRateLimit(scope: string, email: string): Promise<boolean> {
  const ip = await clientIp();
  return (await takeRateLimit([ipKey(scope, ip), emailKey(scope, email)])).ok;
}

/** Become a member: the member (or the known one) and a membership awaiting payment. */
export async function becomeMember(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    if (isHoneypotFilled(formData)) return { ok: false, message: HONEYPOT_MESSAGE };
    const parsed = memberInput.safeParse(formDataToInput(formData, ["consentMemberData"]));
    if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
    if (!(await withinRateLimit("member", parsed.data.email))) return { ok: false, message: RATE_LIMITED_MESSAGE };

    const outcome = await createMemberWithMembership(parsed.data);
    await sendMemberEmails(parsed.data, outcome);
    revalidatePath("/admin/medlemmer");
    revalidatePath("/admin");
  } catch (error) {
    console.error(`[signup] becomeMember failed: ${(error as Error).name}`);
    return { ok: false, message: GENERIC_ERROR };
  }
  redirect("/bliv-medlem/tak");
}

/** Apply to a group, becoming a member in the same step when the email is new. */
export async function applyToGroup(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  let slug: string;
  try {
    if (isHoneypotFilled(formData)) return { ok: false, message: HONEYPOT_MESSAGE };
    const parsed = applicationInput.safeParse(formDataToInput(formData, ["consentConfidentiality", "consentSensitiveData", "consentFee"]));
    if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
    if (!(await withinRateLimit("apply", parsed.data.email))) return { ok: false, message: RATE_LIMITED_MESSAGE };

    const outcome = await createApplication(parsed.data);
    if (!outcome.ok) {
      if (outcome.reason === "NOT_FOUND") return { ok: false, message: NOT_FOUND_MESSAGE };
      if (outcome.reason === "DUPLICATE") return { ok: false, message: DUPLICATE_APPLICATION_MESSAGE };
      return { ok: false, message: AVAILABILITY_MESSAGE[outcome.reason] };
    }
    await sendApplicationEmails(parsed.data, outcome.group.name, outcome);
    slug = outcome.group.slug;
    revalidatePath("/admin/ansoegninger");
    revalidatePath("/admin/medlemmer");
    revalidatePath("/admin");
  } catch (error) {
    console.error(`[signup] applyToGroup failed: ${(error as Error).name}`);
    return { ok: false, message: GENERIC_ERROR };
  }
  redirect(`/grupper/${slug}/ansoeg/tak`);
}
