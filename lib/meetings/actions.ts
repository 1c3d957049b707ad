"use server";
// Server actions for meetings: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function recordMeeting(input: unknown) {
  return perform(commands.recordMeeting, input);
}

export async function deleteMeeting(input: unknown) {
  return perform(commands.deleteMeeting, input);
}
