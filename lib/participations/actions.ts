"use server";
// Server actions for participations: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function endParticipation(input: unknown) {
  return perform(commands.endParticipation, input);
}
