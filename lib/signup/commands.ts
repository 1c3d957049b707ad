import "server-only";
// The public signup forms: becoming a member, and applying to a group (becoming a member in the same
// step when needed). Anyone may post them; the pipeline checks the honeypot and the rate limit (per
// address and per hashed email). What they create waits for the owner of the email address to confirm
// it (lib/confirmations), and the answer never depends on what the database holds about the address:
// only the email to the address differs (lib/signup/data.ts).
import { command } from "@/lib/command/define";
import * as data from "./data";
import { AVAILABILITY_MESSAGE, NOT_FOUND_MESSAGE } from "./rules";
import { applicationInput, memberInput } from "./schema";

export const becomeMember = command({
  name: "signup.become-member",
  policy: { kind: "public", rateLimit: { scope: "member", email: (input) => input.email } },
  input: memberInput,
  run: (tx, _actor, input) => data.submitMembership(tx, input),
  refusals: {},
  invalidates: (_input, d) => (d.memberId ? [{ kind: "member", id: d.memberId }] : []),
  redirectTo: () => "/bliv-medlem/tak",
});

export const applyToGroup = command({
  name: "signup.apply-to-group",
  policy: { kind: "public", rateLimit: { scope: "apply", email: (input) => input.email } },
  input: applicationInput,
  run: (tx, _actor, input) => data.submitApplication(tx, input),
  refusals: { NOT_FOUND: NOT_FOUND_MESSAGE, ...AVAILABILITY_MESSAGE },
  invalidates: (_input, d) => (d.memberId ? [{ kind: "member", id: d.memberId }] : []),
  redirectTo: (_input, d) => `/grupper/${d.group.slug}/ansoeg/tak`,
});
