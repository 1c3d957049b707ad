"use server";
// Server actions for groups: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function createGroup(input: unknown) {
  return perform(commands.createGroup, input);
}

export async function updateGroup(input: unknown) {
  return perform(commands.updateGroup, input);
}

export async function changeGroupState(input: unknown) {
  return perform(commands.changeGroupState, input);
}

export async function updateGroupDecisions(input: unknown) {
  return perform(commands.updateGroupDecisions, input);
}

export async function updateGroupReadiness(input: unknown) {
  return perform(commands.updateGroupReadiness, input);
}
