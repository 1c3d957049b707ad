"use server";
// Server actions for the automatic jobs: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

/** Input: { job } (a name of lib/jobs/labels.ts). */
export async function runJobNowAction(input: unknown) {
  return perform(commands.runJobNow, input);
}
