"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { INVALID_INPUT, type ActionResult } from "@/lib/action-result";
import { requireAdmin, requireUser } from "@/lib/auth/session";
import { renewSessionToken } from "@/lib/auth/session-token";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import * as data from "./data";
import { inviteEmail } from "./invite-email";
import { INVITE_STATE_MESSAGES, acceptInviteInput, changePasswordInput, inviteUserInput, setUserActiveInput, userIdInput } from "./schema";

const invalid = (error: z.ZodError): ActionResult => ({ ok: false, message: INVALID_INPUT, fieldErrors: z.flattenError(error).fieldErrors });

export async function changeOwnPassword(input: unknown): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = changePasswordInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.changePassword(user.id, parsed.data.currentPassword, parsed.data.newPassword);
  if (outcome === "wrong-current") {
    return { ok: false, message: INVALID_INPUT, fieldErrors: { currentPassword: ["Den nuværende adgangskode er forkert."] } };
  }
  // Other sessions of the account are now rejected; this browser stays signed in.
  await renewSessionToken();
  return { ok: true };
}

export async function inviteUser(input: unknown): Promise<ActionResult> {
  const admin = await requireAdmin();
  const parsed = inviteUserInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { courseCompletedAt, ...rest } = parsed.data;
  const outcome = await data.createInvite(
    { ...rest, courseCompletedAt: rest.role === "FACILITATOR" && courseCompletedAt ? new Date(courseCompletedAt) : null },
    admin.id,
  );
  if (!outcome.ok) {
    const text = outcome.reason === "inactive" ? INVITE_REFUSED.inactive : "Der findes allerede en bruger med adgangskode på den email.";
    return { ok: false, message: INVALID_INPUT, fieldErrors: { email: [text] } };
  }
  await sendEmail(inviteEmail({ ...outcome, siteUrl: env().SITE_URL }));
  revalidateUserPages();
  return { ok: true };
}

export async function resendInvite(input: unknown): Promise<ActionResult> {
  const admin = await requireAdmin();
  const parsed = userIdInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.renewInvite(parsed.data.userId, admin.id);
  if (!outcome.ok) return { ok: false, message: INVITE_REFUSED[outcome.reason] };
  await sendEmail(inviteEmail({ ...outcome, siteUrl: env().SITE_URL }));
  revalidateUserPages();
  return { ok: true };
}

const INVITE_REFUSED = {
  "has-account": "Brugeren har allerede valgt en adgangskode.",
  "not-found": "Brugeren findes ikke.",
  inactive: "Brugeren er deaktiveret. Genaktivér brugeren først.",
} as const;

const activeMessages = {
  self: "Du kan ikke deaktivere din egen bruger.",
  "last-admin": "Der skal altid være mindst én aktiv administrator.",
  "not-found": "Brugeren findes ikke.",
} as const;

export async function setUserActive(input: unknown): Promise<ActionResult> {
  const admin = await requireAdmin();
  const parsed = setUserActiveInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.setUserActive(parsed.data.userId, parsed.data.active, admin.id);
  if (outcome !== "ok") return { ok: false, message: activeMessages[outcome] };
  revalidateUserPages();
  return { ok: true };
}

/** Public: anyone holding a valid invite link may set that account's password, once. */
export async function acceptInvite(input: unknown): Promise<ActionResult> {
  const parsed = acceptInviteInput.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = await data.acceptInvite(parsed.data.token, parsed.data.newPassword);
  if (outcome !== "ok") return { ok: false, message: INVITE_STATE_MESSAGES[outcome] };
  revalidateUserPages();
  redirect("/login?besked=adgangskode-sat");
}

function revalidateUserPages() {
  revalidatePath("/admin/brugere");
  revalidatePath("/admin/igangsaettere");
  revalidatePath("/admin");
}
