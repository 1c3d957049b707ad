import "server-only";
// Every write on accounts: invitations, set-password links and activation (administrators), the own
// password (any signed-in user), "Glemt adgangskode?" (anyone) and choosing a password from a
// one-time link (whoever holds the link). Mails are queued in the command's own transaction.
import { recordAudit } from "@/lib/audit/data";
import { endSession } from "@/lib/auth/sessions";
import { command, type Outcome, type Tx } from "@/lib/command/define";
import { queueEmail, type EmailMessage } from "@/lib/email/queue";
import { getIdentity } from "@/lib/settings/data";
import type { EmailOrg } from "@/lib/settings/identity";
import { env } from "@/lib/env";
import * as data from "./data";
import { inviteEmail, inviteLink } from "./invite-email";
import { adminPasswordLinkEmail, passwordLink, resetEmail } from "./password-link-email";
import {
  acceptInviteInput,
  signOutInput,
  changePasswordInput,
  INVITE_STATE_MESSAGES,
  inviteUserInput,
  requestPasswordResetInput,
  RESET_LINK_STATE_MESSAGES,
  setUserActiveInput,
  userIdInput,
} from "./schema";

const NOT_FOUND = "Brugeren findes ikke.";
const HAS_ACCOUNT = "Brugeren har allerede valgt en adgangskode.";
const INACTIVE = "Brugeren er deaktiveret. Genaktivér brugeren først.";

const user = (id: string) => ({ type: "User" as const, id });

/** Queues the mail `build` makes from a successful outcome, in the same transaction; a refusal queues nothing. */
async function andQueue<D, C extends string>(tx: Tx, outcome: Outcome<D, C>, build: (d: D, org: EmailOrg) => EmailMessage) {
  if (outcome.ok) await queueEmail(tx, build(outcome.data, await getIdentity(tx)));
  return outcome;
}

/** The invitation mail; the token travels only in it (the outbox keeps the copy with the link redacted), never to the browser. */
const invitationMail = (d: data.Invited, org: EmailOrg) => inviteEmail({ ...d, siteUrl: env().SITE_URL, org });

/**
 * Without a mail server (the embedded default) no link mail leaves the site and the outbox shows it
 * with the link redacted (the real text is kept only sealed), so the administrator who sent it gets
 * the link once, to pass on. With SMTP: nothing.
 */
const linkWithoutMailServer = (link: (siteUrl: string, token: string) => string) => (d: { token: string }) => ({
  link: env().SMTP_URL ? null : link(env().SITE_URL, d.token),
});

export const changeOwnPassword = command({
  name: "users.change-own-password",
  policy: { kind: "user" },
  input: changePasswordInput,
  prepare: (input, actor) => data.checkPasswordChange(actor, input),
  run: (tx, actor, _input, check) => data.changePassword(tx, actor, check),
  refusals: {
    WRONG_CURRENT: { field: "currentPassword", message: "Den nuværende adgangskode er forkert." },
    THROTTLED: "Du har skrevet en forkert nuværende adgangskode for mange gange. Prøv igen om 15 minutter.",
  },
  audit: { verb: "user.password-change", entity: (_input, d) => user(d.userId) },
  invalidates: () => [{ kind: "users" }],
});

export const inviteUser = command({
  name: "users.invite",
  policy: { kind: "admin" },
  input: inviteUserInput,
  run: async (tx, _actor, input) => andQueue(tx, await data.createInvite(tx, input), invitationMail),
  refusals: {
    HAS_ACCOUNT: { field: "email", message: "Der findes allerede en bruger med adgangskode på den email." },
    INACTIVE: { field: "email", message: INACTIVE },
  },
  audit: { verb: (_input, d) => (d.reinvite ? "user.reinvite" : "user.invite"), entity: (_input, d) => user(d.userId) },
  invalidates: () => [{ kind: "users" }],
  result: linkWithoutMailServer(inviteLink),
});

export const resendInvite = command({
  name: "users.resend-invite",
  policy: { kind: "admin" },
  input: userIdInput,
  run: async (tx, _actor, input) => andQueue(tx, await data.renewInvite(tx, input.userId), invitationMail),
  refusals: { NOT_FOUND, HAS_ACCOUNT, INACTIVE },
  audit: { verb: "user.reinvite", entity: (input) => user(input.userId) },
  invalidates: () => [{ kind: "users" }],
  result: linkWithoutMailServer(inviteLink),
});

export const setUserActive = command({
  name: "users.set-active",
  policy: { kind: "admin" },
  input: setUserActiveInput,
  run: (tx, actor, input) => data.setUserActive(tx, actor, input),
  refusals: {
    NOT_FOUND,
    SELF: "Du kan ikke deaktivere din egen bruger.",
    LAST_ADMIN: "Der skal altid være mindst én aktiv administrator.",
  },
  audit: { verb: (input) => (input.active ? "user.reactivate" : "user.deactivate"), entity: (input) => user(input.userId) },
  invalidates: () => [{ kind: "users" }],
});

/**
 * An administrator sends an account that already has a password a new set-password link (for one that
 * has none, resendInvite sends the invitation again). The current password keeps working until the
 * link is used; a newer link, or a "Glemt adgangskode?" link, replaces it.
 */
export const sendPasswordLink = command({
  name: "users.send-password-link",
  policy: { kind: "admin" },
  input: userIdInput,
  run: async (tx, _actor, input) =>
    andQueue(tx, await data.issuePasswordLink(tx, input.userId), (d, org) => adminPasswordLinkEmail({ ...d, siteUrl: env().SITE_URL, org })),
  refusals: { NOT_FOUND, INACTIVE, NO_PASSWORD: "Brugeren har ikke valgt en adgangskode endnu. Send invitationen igen i stedet." },
  audit: { verb: "user.password-link", entity: (input) => user(input.userId) },
  invalidates: () => [{ kind: "users" }],
  result: linkWithoutMailServer(passwordLink),
});

/**
 * "Glemt adgangskode?": anyone may ask, so the answer is the same whatever the address is (the form
 * shows RESET_REQUESTED_MESSAGE on `{ ok: true }`), rate limited per address and per email. Only an
 * active account with a password gets a link (data.issuePasswordReset), its mail and an audit row;
 * for any other address the rate-limit hit is the only thing written. The audit is recorded here
 * rather than by the pipeline's `audit`, which would also record the requests for unknown addresses.
 */
export const requestPasswordReset = command({
  name: "users.request-password-reset",
  policy: { kind: "public", rateLimit: { scope: "password-reset", email: (input) => input.email } },
  input: requestPasswordResetInput,
  run: async (tx, _actor, input) => {
    const outcome = await data.issuePasswordReset(tx, input.email);
    const reset = outcome.ok ? outcome.data : null;
    if (reset) {
      await queueEmail(tx, resetEmail({ ...reset, siteUrl: env().SITE_URL, org: await getIdentity(tx) }));
      // No one is signed in, and anyone can ask for an address: the request is nobody's act yet.
      await recordAudit({ actorUserId: null, action: "user.password-reset-request", entityType: "User", entityId: reset.userId }, tx);
    }
    return { ok: true as const, data: undefined };
  },
  refusals: {},
});

/**
 * Whoever holds a valid link (a 256-bit token) may set that account's password, once. The browser
 * gets the account's address back, to sign in with (the page shows the sign-in form with it filled in).
 */
const setPasswordFromLink = {
  input: acceptInviteInput,
  prepare: (input: { token: string; newPassword: string }) => data.hashForInvite(input),
  run: (tx: Tx, _actor: unknown, input: { token: string }, passwordHash: string | null) => data.acceptInvite(tx, input, passwordHash),
  // No `invalidates`: the admin pages render per request anyway, and a revalidation would make Next
  // render this page again with the link now used, replacing the sign-in form the browser shows.
  result: (d: { email: string }) => ({ email: d.email }),
};

const linkRefusals = (messages: Record<"expired" | "used" | "unknown", string>) => ({
  EXPIRED: messages.expired,
  USED: messages.used,
  UNKNOWN: messages.unknown,
});

/** The invitation page (app/invitation/[token]). */
export const acceptInvite = command({
  name: "users.accept-invite",
  policy: { kind: "link", rateLimit: { scope: "invite" } },
  ...setPasswordFromLink,
  refusals: linkRefusals(INVITE_STATE_MESSAGES),
  // The invited user acted (through their link), though no one was signed in.
  audit: { verb: "user.password-set", entity: (_input, d) => user(d.userId), actor: (_input, d) => d.userId },
});

/** The page a reset link or an administrator's set-password link opens (app/login/ny-adgangskode/[token]). */
export const resetPassword = command({
  name: "users.reset-password",
  policy: { kind: "link", rateLimit: { scope: "password-link" } },
  ...setPasswordFromLink,
  refusals: linkRefusals(RESET_LINK_STATE_MESSAGES),
  audit: { verb: "user.password-reset", entity: (_input, d) => user(d.userId), actor: (_input, d) => d.userId },
});

/**
 * Signing out ends the session on the server: its id is recorded, and getSession rejects it even if
 * a copy of the cookie survives. The session id comes from the server's own reading of the cookie
 * (lib/users/actions.ts signOut), never from the browser.
 */
export const signOut = command({
  name: "users.sign-out",
  policy: { kind: "user" },
  input: signOutInput,
  run: (tx, actor, input) => endSession(tx, actor, input.sessionId),
  refusals: {},
  audit: { verb: "user.sign-out", entity: (_input, d) => user(d.userId) },
});
