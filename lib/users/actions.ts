"use server";
// Server actions for accounts: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { redirect } from "next/navigation";
import { clearSessionCookie, readSessionToken, renewSessionToken } from "@/lib/auth/session-token";
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function changeOwnPassword(input: unknown) {
  const result = await perform(commands.changeOwnPassword, input);
  // Sessions signed in before the change are now rejected; this browser gets a fresh sign-in time and stays signed in.
  if (result.ok) await renewSessionToken();
  return result;
}

export async function inviteUser(input: unknown) {
  return perform(commands.inviteUser, input);
}

export async function resendInvite(input: unknown) {
  return perform(commands.resendInvite, input);
}

export async function setUserActive(input: unknown) {
  return perform(commands.setUserActive, input);
}

export async function sendPasswordLink(input: unknown) {
  return perform(commands.sendPasswordLink, input);
}

export async function acceptInvite(input: unknown) {
  return perform(commands.acceptInvite, input);
}

export async function resetPassword(input: unknown) {
  return perform(commands.resetPassword, input);
}

/** "Glemt adgangskode?", a public form used with useActionState (it also posts without JavaScript). */
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  return perform(commands.requestPasswordReset, formData);
}

/**
 * "Log ud": ends this session on the server (so a copy of the cookie stops working), then removes
 * the cookie and goes to the login page. The cookie goes whatever the command answers.
 */
export async function signOut() {
  const token = await readSessionToken();
  if (token) await perform(commands.signOut, { sessionId: token.sessionId });
  await clearSessionCookie();
  redirect("/login");
}
