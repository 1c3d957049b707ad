import "server-only";
// The public interest list: a wish for a group on a topic and age band. Anyone may post it; the
// pipeline checks the honeypot and the rate limit (per address and per hashed email).
import { command } from "@/lib/command/define";
import { createInterest } from "./data";
import { sendInterestEmail } from "./emails";
import { interestInput } from "./schema";

export const registerInterest = command({
  name: "interest.register",
  policy: { kind: "public", rateLimit: { scope: "interest", email: (input) => input.email } },
  input: interestInput,
  run: (tx, _actor, input) => createInterest(tx, input),
  refusals: {},
  // The coordinators' dashboard counts the waiting wishes.
  invalidates: () => [{ kind: "interest" }],
  after: (input) => sendInterestEmail(input),
  redirectTo: () => "/interesse/tak",
});
