"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { GENERIC_ERROR, INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { RATE_LIMITED_MESSAGE } from "@/lib/command/result";
import { emailKey, ipKey, takeRateLimit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-ip";
import { formDataToInput, isHoneypotFilled } from "@/lib/signup/form-data";
import { HONEYPOT_MESSAGE } from "@/lib/signup/messages";
import { createInterest } from "./data";
import { sendInterestEmail } from "./emails";
import { interestInput } from "./schema";

/** Public: put a wish for a topic and age band on the interest list. */
export async function registerInterest(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    if (isHoneypotFilled(formData)) return { ok: false, message: HONEYPOT_MESSAGE };
    const parsed = interestInput.safeParse(formDataToInput(formData, ["consentInterest"]));
    if (!parsed.success) return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors };
    const ip = await clientIp();
    const limit = await takeRateLimit([ipKey("interest", ip), emailKey("interest", parsed.data.email)]);
    if (!limit.ok) return { ok: false, message: RATE_LIMITED_MESSAGE };

    await createInterest(parsed.data);
    await sendInterestEmail(parsed.data);
    revalidatePath("/admin");
  } catch (error) {
    console.error(`[interest] registerInterest failed: ${(error as Error).name}`);
    return { ok: false, message: GENERIC_ERROR };
  }
  redirect("/interesse/tak");
}
