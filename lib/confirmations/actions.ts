"use server";
// Confirming public submissions; each action is one command (./commands.ts), whose policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

/** The confirmation page's form (useActionState): posts the token from the link. */
export async function confirmSubmission(_prev: unknown, formData: FormData) {
  return perform(commands.confirmSubmission, formData);
}

export async function markApplicationConfirmed(input: { applicationId: string }) {
  return perform(commands.markApplicationConfirmed, input);
}
