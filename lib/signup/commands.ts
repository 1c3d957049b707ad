import "server-only";
// The public signup forms: becoming a member, and applying to a group (becoming a member in the same
// step when needed). Anyone may post them; the pipeline checks the honeypot and the rate limit (per
// address and per hashed email), and a refusal writes nothing but the rate-limit hit.
import { command } from "@/lib/command/define";
import * as data from "./data";
import { sendApplicationEmails, sendMemberEmails } from "./emails";
import { AVAILABILITY_MESSAGE, DUPLICATE_APPLICATION_MESSAGE, NOT_FOUND_MESSAGE } from "./rules";
import { applicationInput, memberInput } from "./schema";

export const becomeMember = command({
  name: "signup.become-member",
  policy: { kind: "public", rateLimit: { scope: "member", email: (input) => input.email } },
  input: memberInput,
  run: (tx, _actor, input) => data.createMemberWithMembership(tx, input),
  refusals: {},
  invalidates: (_input, d) => [{ kind: "member", id: d.memberId }],
  after: (input, d) => sendMemberEmails(input, d),
  redirectTo: () => "/bliv-medlem/tak",
});

export const applyToGroup = command({
  name: "signup.apply-to-group",
  policy: { kind: "public", rateLimit: { scope: "apply", email: (input) => input.email } },
  input: applicationInput,
  run: (tx, _actor, input) => data.createApplication(tx, input),
  refusals: { NOT_FOUND: NOT_FOUND_MESSAGE, DUPLICATE: DUPLICATE_APPLICATION_MESSAGE, ...AVAILABILITY_MESSAGE },
  invalidates: (_input, d) => [
    { kind: "application", id: d.applicationId },
    { kind: "member", id: d.memberId },
  ],
  after: (input, d) => sendApplicationEmails(input, d.group.name, d),
  redirectTo: (_input, d) => `/grupper/${d.group.slug}/ansoeg/tak`,
});
