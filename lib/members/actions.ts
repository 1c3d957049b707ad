"use server";
// Server actions for the member register: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function recordPaymentAction(input: unknown) {
  return perform(commands.recordPayment, input);
}

export async function waiveMembershipAction(input: unknown) {
  return perform(commands.waiveMembership, input);
}

export async function createMembershipPeriodAction(input: unknown) {
  return perform(commands.createMembershipPeriod, input);
}

/** Input: {} (the button has no fields). */
export async function sendRenewalRemindersAction(input: unknown) {
  return perform(commands.sendRenewalReminders, input);
}
