"use server";
// Server actions for venues: each is one command (./commands.ts) run by the pipeline; the command's policy authorises the caller.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

/** ADMIN: a new venue. */
export async function createVenue(input: unknown) {
  return perform(commands.createVenue, input);
}

/** ADMIN: a venue's address, directions and accessibility. */
export async function updateVenue(input: unknown) {
  return perform(commands.updateVenue, input);
}

/** ADMIN: out of the choices for groups; its groups keep it. */
export async function retireVenue(input: unknown) {
  return perform(commands.retireVenue, input);
}

/** ADMIN: back in the choices. */
export async function restoreVenue(input: unknown) {
  return perform(commands.restoreVenue, input);
}

/** ADMIN: deleted, only when no group has it. */
export async function deleteVenue(input: unknown) {
  return perform(commands.deleteVenue, input);
}
