"use server";
// Server actions for calendars: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function createCalendarFeed(input: unknown) {
  return perform(commands.createCalendarFeed, input);
}

export async function revokeCalendarFeed(input: unknown) {
  return perform(commands.revokeCalendarFeed, input);
}
