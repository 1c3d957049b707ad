import "server-only";
// Every write on applications: the coordinator's intake and decisions. Administrators only.
import { alsoWhenDone, command, type Outcome, type Tx } from "@/lib/command/define";
import type { EmailMessage } from "@/lib/email/queue";
import type { Change } from "@/lib/cache/invalidate";
import { syncFormingNotice } from "@/lib/groups/forming";
import * as data from "./data";
import { acceptedEmail, declinedEmail, waitlistedEmail, type DecisionEmailFacts } from "./emails";
import { acceptRefusalMessage, ILLEGAL_TRANSITION_MESSAGE, UNCONFIRMED_MESSAGE } from "./rules";
import { applicationIdInput, declineInput, intakeInput } from "./schema";

const NOT_FOUND = "Ansøgningen findes ikke (længere).";

const decisionRefusals = { ...acceptRefusalMessage, ILLEGAL_TRANSITION: ILLEGAL_TRANSITION_MESSAGE, NOT_FOUND };

const entity = (input: { applicationId: string }) => ({ type: "Application" as const, id: input.applicationId });

/**
 * A decision or an intake shows on the application, its group's seats, the public catalogue and the
 * group's page (how many more a planned group needs: lib/groups/forming.ts).
 */
const decided = (input: { applicationId: string }, d: data.Decided): Change[] => [
  { kind: "application", id: input.applicationId },
  { kind: "group", id: d.groupId, slug: d.groupSlug },
];

/**
 * After a write that went through, in its transaction: the group's forming count is taken again (and
 * the coordinator told when it reaches the minimum), so the page and the notice agree with the write.
 */
const thenForming = <D extends data.Decided, C extends string>(write: Promise<Outcome<D, C>>, tx: Tx) =>
  alsoWhenDone(write, (d) => syncFormingNotice(tx, d.groupId));

/** Runs the decision and, when it went through, queues the applicant's email in the same transaction. */
const withEmail = <D extends data.Decided, C extends string>(
  decide: Promise<Outcome<D, C>>,
  tx: Tx,
  applicationId: string,
  build: (f: DecisionEmailFacts) => EmailMessage,
) =>
  thenForming(
    alsoWhenDone(decide, () => data.queueDecisionEmail(tx, applicationId, build)),
    tx,
  );

export const recordIntake = command({
  name: "applications.intake",
  policy: { kind: "admin" },
  input: intakeInput,
  run: (tx, actor, input) => thenForming(data.recordIntake(tx, actor, input), tx),
  refusals: { NOT_FOUND, ILLEGAL_TRANSITION: ILLEGAL_TRANSITION_MESSAGE, UNKNOWN_USER: { field: "byUserId", message: "Vælg en aktiv bruger." } },
  audit: { verb: "application.intake", entity },
  invalidates: decided,
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
  run: (tx, actor, input) => thenForming(data.decideApplication(tx, actor, input.applicationId, "WITHDRAWN"), tx),
  refusals: { NOT_FOUND, ILLEGAL_TRANSITION: ILLEGAL_TRANSITION_MESSAGE, UNCONFIRMED: UNCONFIRMED_MESSAGE },
  audit: { verb: "application.withdraw", entity },
  invalidates: decided,
});
