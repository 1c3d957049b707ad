import "server-only";
// Confirming a public submission: by its owner through the one-time link (whoever holds the link;
// rate limited per address), or by a coordinator after the intake call (administrators only).
import type { Change } from "@/lib/cache/invalidate";
import { command } from "@/lib/command/define";
import * as data from "./data";
import { LINK_STATE_MESSAGES, PAYMENT_PARAM } from "./rules";
import { confirmInput, markConfirmedInput } from "./schema";

const ENTITY = { APPLICATION: "Application", INTEREST: "Interest", MEMBER: "Member", RENEWAL: "Member" } as const;

export const confirmSubmission = command({
  name: "confirmations.confirm",
  policy: { kind: "link", rateLimit: { scope: "confirm" } },
  input: confirmInput,
  run: (tx, _actor, input) => data.confirmByLink(tx, input.token),
  refusals: { UNKNOWN: LINK_STATE_MESSAGES.unknown, USED: LINK_STATE_MESSAGES.used, EXPIRED: LINK_STATE_MESSAGES.expired },
  audit: {
    verb: "submission.confirm",
    entity: (_input, d) => ({ type: ENTITY[d.purpose], id: d.applicationId ?? d.interestId ?? d.memberId }),
    details: (_input, d) => ({ purpose: d.purpose }),
  },
  invalidates: (_input, d): Change[] => [
    ...(d.applicationId ? [{ kind: "application" as const, id: d.applicationId }] : []),
    // A confirmed application can count towards its planned group's minimum (lib/groups/forming.ts).
    ...(d.groupId ? [{ kind: "group" as const, id: d.groupId, slug: d.groupSlug }] : []),
    ...(d.memberId ? [{ kind: "member" as const, id: d.memberId }] : []),
    ...(d.purpose === "INTEREST" ? [{ kind: "interest" as const }] : []),
  ],
  // Whether to show the fee and how to pay it: not to a member under 18 (waived), nor to one who has paid.
  redirectTo: (_input, d) =>
    `/bekraeft/tak?${new URLSearchParams({
      hvad: d.purpose.toLowerCase(),
      ...(d.payment && d.payment !== "pay" ? { betaling: PAYMENT_PARAM[d.payment] } : {}),
    })}`,
});

export const markApplicationConfirmed = command({
  name: "confirmations.mark-application-confirmed",
  policy: { kind: "admin" },
  input: markConfirmedInput,
  run: (tx, actor, input) => data.markApplicationConfirmed(tx, actor, input.applicationId),
  refusals: { NOT_FOUND: "Ansøgningen findes ikke (længere).", NOT_AWAITING: "Ansøgningen er allerede bekræftet." },
  audit: { verb: "application.mark-confirmed", entity: (input) => ({ type: "Application", id: input.applicationId }) },
  invalidates: (input, d): Change[] => [
    { kind: "application", id: input.applicationId },
    { kind: "member", id: d.memberId },
    { kind: "group", id: d.groupId, slug: d.groupSlug },
  ],
});
