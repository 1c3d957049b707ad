import "server-only";
// Every write on applications: the coordinator's intake and decisions. Administrators only.
import { command, type Outcome, type Tx } from "@/lib/command/define";
import type { EmailMessage } from "@/lib/email/queue";
import type { Change } from "@/lib/cache/invalidate";
import * as data from "./data";
import { acceptedEmail, declinedEmail, waitlistedEmail, type DecisionEmailFacts } from "./emails";
import { acceptRefusalMessage, ILLEGAL_TRANSITION_MESSAGE, UNCONFIRMED_MESSAGE } from "./rules";
import { applicationIdInput, declineInput, intakeInput } from "./schema";

const NOT_FOUND = "Ansøgningen findes ikke (længere).";

const decisionRefusals = { ...acceptRefusalMessage, ILLEGAL_TRANSITION: ILLEGAL_TRANSITION_MESSAGE, NOT_FOUND };

const entity = (input: { applicationId: string }) => ({ type: "Application" as const, id: input.applicationId });

/** A decision shows on the application, its group's seats and the public catalogue. */
const decided = (input: { applicationId: string }, d: data.Decided): Change[] => [
  { kind: "application", id: input.applicationId },
  { kind: "group", id: d.groupId, slug: d.groupSlug },
];

/** Runs the decision and, when it went through, queues the applicant's email in the same transaction. */
function withEmail<D, C extends string>(
  decide: Promise<Outcome<D, C>>,
  tx: Tx,
  applicationId: string,
  build: (f: DecisionEmailFacts) => EmailMessage,
) {
  return decide.then(async (outcome) => {
    if (outcome.ok) await data.queueDecisionEmail(tx, applicationId, build);
    return outcome;
  });
}

export const recordIntake = command({
  name: "applications.intake",
  policy: { kind: "admin" },
  input: intakeInput,
  run: (tx, actor, input) => data.recordIntake(tx, actor, input),
  refusals: { NOT_FOUND, ILLEGAL_TRANSITION: ILLEGAL_TRANSITION_MESSAGE, UNKNOWN_USER: { field: "byUserId", message: "Vælg en aktiv bruger." } },
  audit: { verb: "application.intake", entity },
  invalidates: (input) => [{ kind: "application", id: input.applicationId }],
});

export const acceptApplication = command({
  name: "applications.accept",
  policy: { kind: "admin" },
  input: applicationIdInput,
  run: (tx, actor, input) => withEmail(data.acceptApplication(tx, actor, input.applicationId), tx, input.applicationId, acceptedEmail),
  refusals: decisionRefusals,
  audit: { verb: "application.accept", entity },
  invalidates: decided,
});

export const waitlistApplication = command({
  name: "applications.waitlist",
  policy: { kind: "admin" },
  input: applicationIdInput,
  run: (tx, actor, input) =>
    withEmail(data.decideApplication(tx, actor, input.applicationId, "WAITLISTED"), tx, input.applicationId, waitlistedEmail),
  refusals: { NOT_FOUND, ILLEGAL_TRANSITION: ILLEGAL_TRANSITION_MESSAGE, UNCONFIRMED: UNCONFIRMED_MESSAGE },
  audit: { verb: "application.waitlist", entity },
  invalidates: decided,
});

/** Declines; when the coordinator ticked it, the applicant's membership awaiting payment is closed in the same transaction. */
export const declineApplication = command({
  name: "applications.decline",
  policy: { kind: "admin" },
  input: declineInput,
  run: (tx, actor, input) => withEmail(data.declineApplication(tx, actor, input), tx, input.applicationId, declinedEmail),
  refusals: { NOT_FOUND, ILLEGAL_TRANSITION: ILLEGAL_TRANSITION_MESSAGE, UNCONFIRMED: UNCONFIRMED_MESSAGE },
  audit: { verb: "application.decline", entity, details: (input, d) => ({ reason: input.reason, membershipsClosed: d.membershipsClosed }) },
  // A closed membership leaves the register's awaiting-payment list and the dashboard's count.
  invalidates: (input, d) => [...decided(input, d), ...(d.membershipsClosed > 0 ? [{ kind: "members" as const }] : [])],
});

/** The applicant withdrew (told us by phone or email). No email: they already know. */
export const withdrawApplication = command({
  name: "applications.withdraw",
  policy: { kind: "admin" },
  input: applicationIdInput,
  run: (tx, actor, input) => data.decideApplication(tx, actor, input.applicationId, "WITHDRAWN"),
  refusals: { NOT_FOUND, ILLEGAL_TRANSITION: ILLEGAL_TRANSITION_MESSAGE, UNCONFIRMED: UNCONFIRMED_MESSAGE },
  audit: { verb: "application.withdraw", entity },
  invalidates: decided,
});
