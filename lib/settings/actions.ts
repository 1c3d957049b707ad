"use server";
// Server actions for settings: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

/** ADMIN: the fee, how to pay, the coordinators' email and the rules' limits. */
export async function saveSettings(input: unknown) {
  return perform(commands.saveSettings, input);
}

/** ADMIN: the organisation's name, address, contact details, email signature and data-controller text. */
export async function saveIdentity(input: unknown) {
  return perform(commands.saveIdentity, input);
}
