import "server-only";
// Every write on accounts: invitations and activation (administrators), the own password (any
// signed-in user) and choosing a password from an invitation link (whoever holds the link).
import { endSession } from "@/lib/auth/sessions";
import { command } from "@/lib/command/define";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import * as data from "./data";
import { inviteEmail, inviteLink } from "./invite-email";
import {
  acceptInviteInput,
  signOutInput,
  changePasswordInput,
  INVITE_STATE_MESSAGES,
  inviteUserInput,
  setUserActiveInput,
  userIdInput,
} from "./schema";

const NOT_FOUND = "Brugeren findes ikke.";
const HAS_ACCOUNT = "Brugeren har allerede valgt en adgangskode.";
const INACTIVE = "Brugeren er deaktiveret. Genaktivér brugeren først.";

const user = (id: string) => ({ type: "User" as const, id });

/** The invitation email goes out after commit; the token travels only in it, never to the browser. */
const sendInvite = (_input: unknown, d: data.Invited) => sendEmail(inviteEmail({ ...d, siteUrl: env().SITE_URL })).then(() => undefined);

/**
 * Without a mail server (the embedded default) the outbox holds the invitation without its link, so the
 * administrator who sent it gets the link once, to pass on; it is stored nowhere. With SMTP: nothing.
 */
const linkWithoutMailServer = (d: data.Invited) => ({ link: env().SMTP_URL ? null : inviteLink(env().SITE_URL, d.token) });

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
  run: (tx, _actor, input) => data.createInvite(tx, input),
  refusals: {
    HAS_ACCOUNT: { field: "email", message: "Der findes allerede en bruger med adgangskode på den email." },
    INACTIVE: { field: "email", message: INACTIVE },
  },
  audit: { verb: (_input, d) => (d.reinvite ? "user.reinvite" : "user.invite"), entity: (_input, d) => user(d.userId) },
  invalidates: () => [{ kind: "users" }],
  after: sendInvite,
  result: linkWithoutMailServer,
});

export const resendInvite = command({
  name: "users.resend-invite",
  policy: { kind: "admin" },
  input: userIdInput,
  run: (tx, _actor, input) => data.renewInvite(tx, input.userId),
  refusals: { NOT_FOUND, HAS_ACCOUNT, INACTIVE },
  audit: { verb: "user.reinvite", entity: (input) => user(input.userId) },
  invalidates: () => [{ kind: "users" }],
  after: sendInvite,
  result: linkWithoutMailServer,
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

/** Whoever holds a valid invite link (a 256-bit token) may set that account's password, once. */
export const acceptInvite = command({
  name: "users.accept-invite",
  policy: { kind: "link", rateLimit: { scope: "invite" } },
  input: acceptInviteInput,
  prepare: (input) => data.hashForInvite(input),
  run: (tx, _actor, input, passwordHash) => data.acceptInvite(tx, input, passwordHash),
  refusals: { EXPIRED: INVITE_STATE_MESSAGES.expired, USED: INVITE_STATE_MESSAGES.used, UNKNOWN: INVITE_STATE_MESSAGES.unknown },
  // The invited user acted (through their link), though no one was signed in.
  audit: { verb: "user.password-set", entity: (_input, d) => user(d.userId), actor: (_input, d) => d.userId },
  invalidates: () => [{ kind: "users" }],
  redirectTo: () => "/login?besked=adgangskode-sat",
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
