"use server";
// Server actions for facilitators: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function updateFacilitator(input: unknown) {
  return perform(commands.updateFacilitator, input);
}

export async function assignFacilitator(input: unknown) {
  return perform(commands.assignFacilitator, input);
}

export async function releaseFacilitator(input: unknown) {
  return perform(commands.releaseFacilitator, input);
}
