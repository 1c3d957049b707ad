"use server";
// A member's own page ("Min side"): each action is one command (./commands.ts), whose policy authorises the caller.
import { redirect } from "next/navigation";
import { perform } from "@/lib/command/perform";
import { clearMemberSessionCookie, setMemberSessionCookie } from "@/lib/member-session/cookie";
import { getMemberSession } from "@/lib/member-session/session";
import * as commands from "./commands";

/** The request form (useActionState): the same redirect for every address. */
export async function requestSignInLink(_prev: unknown, form: FormData) {
  return perform(commands.requestSignInLink, form);
}

/**
 * The button on the link's page: starts the session, sets its cookie and opens the page. A session
 * this browser still had (of whichever member) is ended on the server first, not just replaced.
 */
export async function signInWithLink(_prev: unknown, form: FormData) {
  const result = await perform(commands.signInWithLink, form);
  if (!result.ok) return result;
  if (await getMemberSession()) await perform(commands.signOut, {});
  await setMemberSessionCookie(result.data.sessionToken);
  redirect("/min-side");
}

/** Ends the session on the server and in this browser, even when it had ended already. */
export async function signOut() {
  await perform(commands.signOut, {});
  await clearMemberSessionCookie();
  redirect("/min-side?logget-ud=1");
}

export async function confirmEmailChange(_prev: unknown, form: FormData) {
  return perform(commands.confirmEmailChange, form);
}

export async function updateContact(input: unknown) {
  return perform(commands.updateContact, input);
}

export async function requestEmailChange(input: unknown) {
  return perform(commands.requestEmailChange, input);
}

export async function renewMembership() {
  return perform(commands.renewMembership, {});
}

export async function withdrawApplication(input: unknown) {
  return perform(commands.withdrawApplication, input);
}

export async function withdrawConsent(input: unknown) {
  return perform(commands.withdrawConsent, input);
}

export async function removeInterest(input: unknown) {
  return perform(commands.removeInterest, input);
}

export async function requestErasure() {
  return perform(commands.requestErasure, {});
}

export async function cancelErasure() {
  return perform(commands.cancelErasure, {});
}
