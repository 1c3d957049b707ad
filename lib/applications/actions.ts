"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/session";
import { sendEmail } from "@/lib/email/send";
import { INVALID_INPUT, type ActionResult, type FieldErrors } from "@/lib/action-result";
import * as data from "./data";
import { acceptedEmail, declinedEmail, waitlistedEmail, type DecisionEmailFacts } from "./emails";
import { acceptRefusalMessage, ILLEGAL_TRANSITION_MESSAGE, type AcceptRefusal } from "./rules";
import { applicationIdInput, declineInput, intakeInput } from "./schema";

/** Like ActionResult, but a refused accept says why, so the page can offer to record the payment. */
export type DecisionResult = { ok: true } | { ok: false; message: string; code?: AcceptRefusal | "NOT_FOUND"; fieldErrors?: FieldErrors };

const NOT_FOUND = "Ansøgningen findes ikke (længere).";

function invalid(error: z.ZodError): { ok: false; message: string; fieldErrors: FieldErrors } {
  return { ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(error).fieldErrors };
}

function refused(outcome: Exclude<data.WriteOutcome, { ok: true }>): DecisionResult {
  if (outcome.reason === "NOT_FOUND") return { ok: false, code: "NOT_FOUND", message: NOT_FOUND };
  if (outcome.reason === "UNKNOWN_USER") return { ok: false, message: INVALID_INPUT, fieldErrors: { byUserId: ["Vælg en aktiv bruger."] } };
  if (outcome.reason === "ILLEGAL_TRANSITION") return { ok: false, code: outcome.reason, message: ILLEGAL_TRANSITION_MESSAGE };
  return { ok: false, code: outcome.reason, message: acceptRefusalMessage[outcome.reason] };
}

/** Every page that shows applications, seats or the group: admin lists and the public catalogue. */
function revalidateAfterDecision(applicationId: string, groupSlug: string) {
  revalidatePath("/admin");
  revalidatePath("/admin/ansoegninger");
  revalidatePath(`/admin/ansoegninger/${applicationId}`);
  revalidatePath("/admin/grupper", "layout");
  revalidatePath("/grupper");
  revalidatePath(`/grupper/${groupSlug}`);
}

async function notify(applicationId: string, build: (f: DecisionEmailFacts) => { to: string; subject: string; text: string }) {
  const facts = await data.getDecisionEmailFacts(applicationId);
  if (facts) await sendEmail(build(facts));
}

export async function recordIntakeAction(input: unknown): Promise<ActionResult> {
  const actor = await requireAdmin();
  const parsed = intakeInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.recordIntake(parsed.data, actor.id);
  if (!outcome.ok) {
    const r = refused(outcome) as Extract<DecisionResult, { ok: false }>;
    return { ok: false, message: r.message, fieldErrors: r.fieldErrors };
  }
  revalidatePath("/admin");
  revalidatePath("/admin/ansoegninger");
  revalidatePath(`/admin/ansoegninger/${parsed.data.applicationId}`);
  return { ok: true };
}

export async function acceptApplicationAction(input: unknown): Promise<DecisionResult> {
  const actor = await requireAdmin();
  const parsed = applicationIdInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.acceptApplication(parsed.data.applicationId, actor.id);
  if (!outcome.ok) return refused(outcome);
  revalidateAfterDecision(parsed.data.applicationId, outcome.groupSlug);
  await notify(parsed.data.applicationId, acceptedEmail);
  return { ok: true };
}

export async function waitlistApplicationAction(input: unknown): Promise<DecisionResult> {
  const actor = await requireAdmin();
  const parsed = applicationIdInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.decideApplication(parsed.data.applicationId, "WAITLISTED", actor.id);
  if (!outcome.ok) return refused(outcome);
  revalidateAfterDecision(parsed.data.applicationId, outcome.groupSlug);
  await notify(parsed.data.applicationId, waitlistedEmail);
  return { ok: true };
}

export async function declineApplicationAction(input: unknown): Promise<DecisionResult> {
  const actor = await requireAdmin();
  const parsed = declineInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.decideApplication(parsed.data.applicationId, "DECLINED", actor.id, parsed.data.reason);
  if (!outcome.ok) return refused(outcome);
  revalidateAfterDecision(parsed.data.applicationId, outcome.groupSlug);
  await notify(parsed.data.applicationId, declinedEmail);
  return { ok: true };
}

/** The applicant withdrew (told us by phone or email). No email: they already know. */
export async function withdrawApplicationAction(input: unknown): Promise<DecisionResult> {
  const actor = await requireAdmin();
  const parsed = applicationIdInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.decideApplication(parsed.data.applicationId, "WITHDRAWN", actor.id);
  if (!outcome.ok) return refused(outcome);
  revalidateAfterDecision(parsed.data.applicationId, outcome.groupSlug);
  return { ok: true };
}
