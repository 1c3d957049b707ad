"use server";
// Server actions for applications: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function recordIntakeAction(input: unknown) {
  return perform(commands.recordIntake, input);
}

export async function acceptApplicationAction(input: unknown) {
  return perform(commands.acceptApplication, input);
}

export async function waitlistApplicationAction(input: unknown) {
  return perform(commands.waitlistApplication, input);
}

export async function declineApplicationAction(input: unknown) {
  return perform(commands.declineApplication, input);
}

export async function withdrawApplicationAction(input: unknown) {
  return perform(commands.withdrawApplication, input);
}
