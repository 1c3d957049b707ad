"use server";
// Server actions for privacy: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

/** Redirects to the members list when the member is erased. */
export async function eraseMemberAction(input: unknown) {
  return perform(commands.eraseMember, input);
}

export async function withdrawConsentAction(input: unknown) {
  return perform(commands.withdrawConsent, input);
}

/** Input: {} (the button has no fields). */
export async function purgeExpiredRecordsAction(input: unknown) {
  return perform(commands.purgeExpired, input);
}

export async function confirmErasureRequestAction(input: unknown) {
  return perform(commands.confirmErasureRequest, input);
}
