"use server";
// Server actions for topics: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

/** ADMIN: a new topic. */
export async function createTopic(input: unknown) {
  return perform(commands.createTopic, input);
}

/** ADMIN: a topic's label and description. */
export async function updateTopic(input: unknown) {
  return perform(commands.updateTopic, input);
}

/** ADMIN: one place up or down in the order. */
export async function moveTopic(input: unknown) {
  return perform(commands.moveTopic, input);
}

/** ADMIN: out of the public choices; its groups and figures keep it. */
export async function retireTopic(input: unknown) {
  return perform(commands.retireTopic, input);
}

/** ADMIN: back in the public choices. */
export async function restoreTopic(input: unknown) {
  return perform(commands.restoreTopic, input);
}
