import "server-only";
// Every write of a member's own page ("Min side"). Asking for a link is public (rate limited per
// address and per hashed email, the same answer for every address); pressing the button on a link's
// page is a link command (whoever holds the link); everything else runs as the signed-in member
// (policy "member"): the pipeline gives run() that member, and the audit row names them.
import type { Change } from "@/lib/cache/invalidate";
import { command } from "@/lib/command/define";
import { MEMBER_LINK_MESSAGES } from "@/lib/member-session/rules";
import * as choices from "./choices-data";
import * as data from "./data";
import { ownApplicationInput, ownInterestInput, contactInput, emailChangeInput, memberTokenInput, noInput, requestLinkInput } from "./schema";
import * as signIn from "./sign-in-data";

const me = (_input: unknown, d: { memberId: string }) => ({ type: "Member" as const, id: d.memberId });
const memberChanged = (_input: unknown, d: { memberId: string }): Change[] => [{ kind: "member", id: d.memberId }];
const LINK_REFUSALS = { UNKNOWN: MEMBER_LINK_MESSAGES.unknown, USED: MEMBER_LINK_MESSAGES.used, EXPIRED: MEMBER_LINK_MESSAGES.expired };
const NOT_FOUND = "Vi kan ikke finde det på din side. Indlæs siden igen.";
const APPLICATION_NOT_FOUND = "Vi kan ikke finde ansøgningen på din side. Indlæs siden igen.";

export const requestSignInLink = command({
  name: "self.request-link",
  policy: { kind: "public", rateLimit: { scope: "min-side-link", email: (input) => input.email } },
  input: requestLinkInput,
  run: (tx, _actor, input) => signIn.requestSignInLink(tx, input.email),
  refusals: {},
  audit: { verb: "member.self-link-request", entity: (_input, d) => ({ type: "Member", id: d.memberId }) },
  redirectTo: () => "/min-side/tjek-din-email",
});

/** The session token goes to the action (lib/self-service/actions.ts), which sets the cookie; never to the browser. */
export const signInWithLink = command({
  name: "self.sign-in",
  policy: { kind: "link", rateLimit: { scope: "min-side-sign-in" } },
  input: memberTokenInput,
  run: (tx, _actor, input) => signIn.signInByLink(tx, input.token),
  refusals: LINK_REFUSALS,
  audit: { verb: "member.self-sign-in", entity: me, memberActor: (_input, d) => d.memberId },
  result: (d) => ({ sessionToken: d.sessionToken }),
});

export const signOut = command({
  name: "self.sign-out",
  policy: { kind: "member" },
  input: noInput,
  run: (tx, member) => signIn.signOutMember(tx, member),
  refusals: {},
  audit: { verb: "member.self-sign-out", entity: me },
});

export const updateContact = command({
  name: "self.update-contact",
  policy: { kind: "member" },
  input: contactInput,
  run: (tx, member, input) => data.updateOwnContact(tx, member, input),
  refusals: { NOT_FOUND },
  audit: { verb: "member.self-update", entity: me, details: (_input, d) => ({ name: d.name, phone: d.phone }) },
  invalidates: memberChanged,
});

/** Rate limited per member: each call mails an address the member typed. */
export const requestEmailChange = command({
  name: "self.request-email-change",
  policy: { kind: "member", rateLimit: { scope: "min-side-email" } },
  input: emailChangeInput,
  run: (tx, member, input) => data.requestOwnEmailChange(tx, member, input.email),
  refusals: { NOT_FOUND, SAME_EMAIL: { field: "email", message: "Det er den emailadresse, vi allerede har." } },
  audit: { verb: "member.self-email-request", entity: me },
});

export const confirmEmailChange = command({
  name: "self.confirm-email-change",
  policy: { kind: "link", rateLimit: { scope: "min-side-email-confirm" } },
  input: memberTokenInput,
  run: (tx, _actor, input) => data.confirmOwnEmailChange(tx, input.token),
  refusals: {
    ...LINK_REFUSALS,
    EMAIL_TAKEN: "Emailadressen er allerede registreret hos os, så vi kan ikke skifte til den. Ring eller skriv til os, så hjælper vi.",
  },
  audit: { verb: "member.self-email-change", entity: me, memberActor: (_input, d) => d.memberId },
  invalidates: memberChanged,
  redirectTo: () => "/min-side/ny-email/tak",
});

export const renewMembership = command({
  name: "self.renew",
  policy: { kind: "member" },
  input: noInput,
  run: (tx, member) => data.renewOwnMembership(tx, member),
  refusals: {
    NOT_FOUND,
    ALREADY_PENDING: "Du har allerede en periode, som venter på betaling. Betal den, så er du medlem.",
    NOT_DUE: "Dit medlemskab løber stadig. Du kan forny det, når der er under en måned tilbage.",
  },
  audit: { verb: "membership.self-renew", entity: (_input, d) => ({ type: "Membership", id: d.membershipId }) },
  invalidates: memberChanged,
});

/** The application's admin pages, and its group's seats (a withdrawal can free one). */
const applicationChanged = (applicationId: string, d: { groupId: string; groupSlug: string }): Change[] => [
  { kind: "application", id: applicationId },
  { kind: "group", id: d.groupId, slug: d.groupSlug },
];

export const withdrawApplication = command({
  name: "self.withdraw-application",
  policy: { kind: "member" },
  input: ownApplicationInput,
  run: (tx, member, input) => choices.withdrawOwnApplication(tx, member, input.applicationId),
  refusals: {
    NOT_FOUND: APPLICATION_NOT_FOUND,
    ALREADY_DECIDED: "Ansøgningen er allerede afgjort, så den kan ikke trækkes tilbage her. Ring eller skriv til os.",
  },
  audit: { verb: "application.self-withdraw", entity: (input) => ({ type: "Application", id: input.applicationId }) },
  invalidates: (input, d) => applicationChanged(input.applicationId, d),
});

export const withdrawConsent = command({
  name: "self.withdraw-consent",
  policy: { kind: "member" },
  input: ownApplicationInput,
  run: (tx, member, input) => choices.withdrawOwnConsent(tx, member, input.applicationId),
  refusals: { NOT_FOUND: APPLICATION_NOT_FOUND, ALREADY_WITHDRAWN: "Du har allerede trukket samtykket tilbage." },
  audit: { verb: "application.self-withdraw-consent", entity: (input) => ({ type: "Application", id: input.applicationId }) },
  invalidates: (input, d) => [...applicationChanged(input.applicationId, d), { kind: "member", id: d.memberId }],
});

export const removeInterest = command({
  name: "self.remove-interest",
  policy: { kind: "member" },
  input: ownInterestInput,
  run: (tx, member, input) => choices.removeOwnInterest(tx, member, input.interestId),
  refusals: { NOT_FOUND },
  audit: { verb: "interest.self-remove", entity: (input) => ({ type: "Interest", id: input.interestId }) },
  invalidates: () => [{ kind: "interest" }],
});

export const requestErasure = command({
  name: "self.request-erasure",
  policy: { kind: "member" },
  input: noInput,
  run: (tx, member) => choices.requestOwnErasure(tx, member),
  refusals: { ALREADY_REQUESTED: "Du har allerede bedt om at blive slettet. En koordinator behandler det." },
  audit: { verb: "erasure.request", entity: me },
  invalidates: () => [{ kind: "members" }],
});

export const cancelErasure = command({
  name: "self.cancel-erasure",
  policy: { kind: "member" },
  input: noInput,
  run: (tx, member) => choices.cancelOwnErasure(tx, member),
  refusals: { NOT_FOUND: "Der er ingen anmodning om sletning at fortryde." },
  audit: { verb: "erasure.cancel", entity: me },
  invalidates: () => [{ kind: "members" }],
});
