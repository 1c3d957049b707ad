"use server";
// A member's own page ("Min side"): each action is one command (./commands.ts), whose policy authorises the caller.
import { redirect } from "next/navigation";
import { perform } from "@/lib/command/perform";
import { clearMemberSessionCookie, setMemberSessionCookie } from "@/lib/member-session/cookie";
import { EVEN_ANSWER_MS } from "@/lib/member-session/rules";
import { getMemberSession } from "@/lib/member-session/session";
import * as commands from "./commands";

/**
 * Answers no sooner than EVEN_ANSWER_MS after the request, also when it redirects or is refused: the
 * answer for an address we know does a little more work (a link) than for one we do not.
 */
async function evenly<T>(answer: () => Promise<T>): Promise<T> {
  const answerAt = Date.now() + EVEN_ANSWER_MS;
  try {
    return await answer();
  } finally {
    const left = answerAt - Date.now();
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}

/** The request form (useActionState): the same redirect for every address, after the same time. */
export async function requestSignInLink(_prev: unknown, form: FormData) {
  return evenly(() => perform(commands.requestSignInLink, form));
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

/** The same answer, after the same time, whether or not the address is another member's. */
export async function requestEmailChange(input: unknown) {
  return evenly(() => perform(commands.requestEmailChange, input));
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
