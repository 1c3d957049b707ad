import "server-only";
// The public interest list: a wish for a group on a topic and age band. Anyone may post it; the
// pipeline checks the honeypot and the rate limit (per address and per hashed email). The entry
// waits for the owner of the address to confirm it (lib/confirmations); the answer is the same for all.
import { command } from "@/lib/command/define";
import { topicChoiceRefusals } from "@/lib/topics/rules";
import { createInterest } from "./data";
import { interestInput } from "./schema";

export const registerInterest = command({
  name: "interest.register",
  policy: { kind: "public", rateLimit: { scope: "interest", email: (input) => input.email } },
  input: interestInput,
  run: (tx, _actor, input) => createInterest(tx, input),
  refusals: topicChoiceRefusals,
  // The coordinators' dashboard counts the waiting wishes.
  invalidates: () => [{ kind: "interest" }],
  redirectTo: () => "/interesse/tak",
});
