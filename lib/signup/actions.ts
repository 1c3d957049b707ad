"use server";
// The public signup forms, used with useActionState: each is one command (./commands.ts) run by the; the command's policy authorises the caller.
// pipeline, which takes the posted form as it is (honeypot, checkboxes) and redirects on success.
import { perform } from "@/lib/command/perform";
import * as commands from "./commands";

export async function becomeMember(_prev: unknown, formData: FormData) {
  return perform(commands.becomeMember, formData);
}

export async function applyToGroup(_prev: unknown, formData: FormData) {
  return perform(commands.applyToGroup, formData);
}
