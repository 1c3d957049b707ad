import "server-only";
// Every write on a person's data rights: erasure, consent withdrawal and the retention purge. Administrators only.
import type { Change } from "@/lib/cache/invalidate";
import { command } from "@/lib/command/define";
import * as data from "./data";
import { confirmErasureRequest as confirmRequest } from "./erasure-requests";
import { purgeExpiredRecords } from "./retention-data";
import { erasureRequestInput, eraseMemberInput, purgeInput, withdrawConsentInput } from "./schema";

/** Erases a member on their request, after the coordinator typed the member's name to confirm. */
export const eraseMember = command({
  name: "privacy.erase",
  policy: { kind: "admin" },
  input: eraseMemberInput,
  run: (tx, _actor, input) => data.eraseMember(tx, input),
  refusals: {
    NOT_FOUND: "Medlemmet findes ikke (længere).",
    NAME_MISMATCH: { field: "confirmName", message: "Navnet passer ikke. Skriv medlemmets navn præcis som det står øverst på siden." },
  },
  audit: { verb: "member.erase", entity: (input) => ({ type: "Member", id: input.memberId }) },
  // Lists of members and applications, and the seats of every group the person took part in.
  invalidates: (input, d): Change[] => [
    { kind: "member", id: input.memberId },
    { kind: "members" },
    ...d.groups.map((g) => ({ kind: "group" as const, id: g.id, slug: g.slug })),
  ],
  redirectTo: () => "/admin/medlemmer?besked=slettet",
});

/** The applicant withdrew their consents (by phone or email). */
export const withdrawConsent = command({
  name: "privacy.withdraw-consent",
  policy: { kind: "admin" },
  input: withdrawConsentInput,
  run: (tx, actor, input) => data.withdrawConsent(tx, actor, input.applicationId),
  refusals: { NOT_FOUND: "Ansøgningen findes ikke (længere).", ALREADY_WITHDRAWN: "Samtykket er allerede trukket tilbage." },
  audit: { verb: "application.withdraw-consent", entity: (input) => ({ type: "Application", id: input.applicationId }) },
  invalidates: (input, d): Change[] => [
    { kind: "application", id: input.applicationId },
    { kind: "member", id: d.memberId },
    { kind: "group", id: d.groupId, slug: d.groupSlug },
  ],
});

/** Deletes now what the retention period has made due (the same runs on every start). */
export const purgeExpired = command({
  name: "privacy.purge",
  policy: { kind: "admin" },
  input: purgeInput,
  run: (tx) => purgeExpiredRecords(tx, new Date()),
  refusals: {},
  audit: { verb: "retention.purge", entity: () => ({ type: "Retention", id: null }), details: (_input, counts) => ({ ...counts }) },
  // Closed applications and the interest list: admin pages only (declined and withdrawn hold no seat).
  invalidates: () => [{ kind: "members" }],
  result: (counts) => counts,
});

/** Confirms an erasure a member asked for on their own page: runs the same erasure as above. */
export const confirmErasureRequest = command({
  name: "privacy.confirm-erasure-request",
  policy: { kind: "admin" },
  input: erasureRequestInput,
  run: (tx, _actor, input) => confirmRequest(tx, input.requestId),
  refusals: { NOT_FOUND: "Anmodningen findes ikke (længere). Medlemmet kan have fortrudt den, eller den er allerede bekræftet." },
  audit: { verb: "erasure.confirm", entity: (_input, d) => ({ type: "Member", id: d.memberId }) },
  invalidates: (_input, d): Change[] => [
    { kind: "member", id: d.memberId },
    { kind: "members" },
    ...d.groups.map((g) => ({ kind: "group" as const, id: g.id, slug: g.slug })),
  ],
});
