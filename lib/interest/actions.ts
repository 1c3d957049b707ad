"use server";
// The public interest-list form, used with useActionState: one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function registerInterest(_prev: unknown, formData: FormData) {
  return perform(commands.registerInterest, formData);
}
