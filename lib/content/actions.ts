"use server";
// Server actions for page texts: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function savePageContent(input: unknown) {
  return perform(commands.savePageContent, input);
}
