import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tableNames } from "../helpers/db-tables";
import { authenticate } from "@/lib/auth/login";
import { getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { deliveryIdle } from "@/lib/email/worker";
import { RATE_LIMIT_MAX } from "@/lib/rate-limit";
import { changeOwnPassword, inviteUser, requestPasswordReset, resetPassword, sendPasswordLink } from "@/lib/users/actions";
import { acceptInvite as setPasswordFromLink, getInviteState, hashForInvite } from "@/lib/users/data";
import { REDACTED_LINK } from "@/lib/users/invite-email";
import { RESET_VALID_HOURS } from "@/lib/users/schema";
import { hashToken } from "@/lib/users/tokens";
import { clearAdminCoreTables, createInvitedUser, tokenFromMail } from "../helpers/admin-core-fixtures";
import { createAdmin, createFacilitator, TEST_PASSWORD } from "../helpers/fixtures";
import { currentToken, setClientIp, signInAs } from "../helpers/request";
import { startSmtpCapture } from "../helpers/smtp-capture";

// The mails are queued in the command's transaction and delivered by the worker right after the
// commit to a real SMTP server on loopback; the outbox row keeps only a copy with the link redacted.
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url; // lib/env.ts re-reads the environment under NODE_ENV=test
});
afterAll(async () => {
  await deliveryIdle();
  delete process.env.SMTP_URL;
  await smtp.close();
});

/** The newest mail the SMTP server received for this address, once delivery has finished. */
async function newestMailTo(to: string) {
  await deliveryIdle();
  const mail = smtp.mails.filter((m) => m.to.includes(to)).at(-1);
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}
async function tokenMailedTo(to: string) {
  await deliveryIdle();
  return tokenFromMail(smtp.mails, to);
}

const NEW = "mit-nye-kodeord-2026";
const choose = (token: string, password = NEW) => ({ token, newPassword: password, confirmPassword: password });
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The forgot-password form as the browser posts it (the honeypot empty). */
function forgotForm(email: string, extra: Record<string, string> = {}) {
  const form = new FormData();
  form.set("email", email);
  form.set("website", "");
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return form;
}
const ask = (email: string, extra?: Record<string, string>) => requestPasswordReset(null, forgotForm(email, extra));

/** Rows in every table but the rate limiter's: what a request for an unknown address must leave as it was. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = (await tableNames()).filter((name) => name !== "RateLimitHit");
  const counts: Record<string, number> = {};
  for (const name of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}

beforeEach(async () => {
  await deliveryIdle();
  process.env.SMTP_URL = smtp.url;
  await clearAdminCoreTables();
  await db.rateLimitHit.deleteMany();
  await db.endedSession.deleteMany();
});

describe("asking for a reset link ('Glemt adgangskode?')", () => {
  it("answers an unknown, a deactivated, a password-less and a known address with the identical result", async () => {
    const { user: known } = await createFacilitator({ name: "Karen Kendt" });
    const { user: inactive } = await createFacilitator();
    await db.user.update({ where: { id: inactive.id }, data: { active: false } });
    const { user: invited } = await createInvitedUser();

    const answers = [];
    for (const email of ["ingen@example.dk", inactive.email, invited.email, known.email]) answers.push(await ask(email));
    expect(answers[0]).toEqual({ ok: true });
    for (const answer of answers) expect(answer).toStrictEqual(answers[0]);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    // … and only the known, active account with a password got a mail.
    expect((await db.outboxEmail.findMany({ select: { to: true } })).map((m) => m.to)).toEqual([known.email]);
  });

  it("writes nothing but the rate-limit hits for an unknown, a deactivated or a password-less address, and audits none of them", async () => {
    const { user: inactive } = await createFacilitator();
    await db.user.update({ where: { id: inactive.id }, data: { active: false } });
    const { user: invited } = await createInvitedUser();
    const invitation = await db.invite.findFirstOrThrow({ where: { userId: invited.id } });
    const before = await rowCounts();

    for (const email of ["ingen@example.dk", inactive.email, invited.email]) expect(await ask(email)).toEqual({ ok: true });

    expect(await rowCounts()).toEqual(before);
    expect(await db.rateLimitHit.count()).toBe(3 * 2); // each request: one hit for its address, one for the caller's IP
    expect(await db.auditEvent.count()).toBe(0);
    // The waiting invitation is untouched: a stranger cannot replace it with a one-hour link.
    expect(await db.invite.findMany()).toEqual([invitation]);
  });

  it("for an active account: a one-hour link whose token only the mail carries, the outbox copy redacted, audited without an actor", async () => {
    const { user } = await createFacilitator({ name: "Karen Kendt" });
    const before = Date.now();
    expect(await ask(` ${user.email.toUpperCase()} `)).toEqual({ ok: true });

    const token = await tokenMailedTo(user.email);
    const invite = await db.invite.findFirstOrThrow({ where: { userId: user.id } });
    expect(invite.tokenHash).toBe(hashToken(token));
    const hours = (invite.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(RESET_VALID_HOURS - 0.01);
    expect(hours).toBeLessThan(RESET_VALID_HOURS + 0.01);

    const mail = await newestMailTo(user.email);
    expect(mail.text).toContain(`/login/ny-adgangskode/${token}`);
    expect(mail.subject).toBe("Vælg en ny adgangskode til Selvhjælp Herning");
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.sealedText).toBeNull(); // the sealed real text is erased once sent
    expect(row.text).not.toContain(token);
    expect(row.text).not.toMatch(/ny-adgangskode\//);
    expect(row.text).toContain(REDACTED_LINK);
    // Subject and first line: no personal data beyond the greeting with the stored name.
    expect(row.subject).toBe("Vælg en ny adgangskode til Selvhjælp Herning");
    expect(row.text.split("\n")[0]).toBe("Hej Karen Kendt");
    expect(row.text).toContain("Selvhjælp Hernings administration");
    expect(row.text).not.toContain(user.email);

    const audit = await db.auditEvent.findMany({ select: { action: true, entityType: true, entityId: true, actorUserId: true, details: true } });
    expect(audit).toEqual([{ action: "user.password-reset-request", entityType: "User", entityId: user.id, actorUserId: null, details: null }]);
  });

  it("a newer link ends the older unused one", async () => {
    const { user } = await createFacilitator();
    await ask(user.email);
    const first = await tokenMailedTo(user.email);
    await ask(user.email);
    const second = await tokenMailedTo(user.email);
    expect(second).not.toBe(first);
    expect(await getInviteState(first)).toEqual({ state: "unknown" });
    expect(await getInviteState(second)).toMatchObject({ state: "valid" });
    expect(await resetPassword(choose(first))).toMatchObject({ ok: false, code: "UNKNOWN" });
  });

  it("refuses a malformed address with a field message and writes nothing, not even a rate-limit hit", async () => {
    const result = await ask("ikke-en-adresse");
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { email: ["Skriv en gyldig emailadresse, fx navn@eksempel.dk."] } });
    expect(await db.rateLimitHit.count()).toBe(0);
  });

  it("refuses a filled honeypot and writes nothing", async () => {
    const { user } = await createFacilitator();
    expect(await ask(user.email, { website: "http://spam.example" })).toMatchObject({ ok: false, code: "HONEYPOT" });
    expect(await db.invite.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
    expect(await db.rateLimitHit.count()).toBe(0);
  });

  it("is rate limited per email, whatever the IP, with nothing written once refused", async () => {
    const { user } = await createFacilitator();
    for (let i = 0; i < RATE_LIMIT_MAX; i++) {
      setClientIp(`192.0.2.${i + 1}`);
      expect(await ask(user.email)).toEqual({ ok: true });
    }
    const mails = await db.outboxEmail.count();
    setClientIp("192.0.2.200");
    expect(await ask(user.email)).toMatchObject({ ok: false, code: "RATE_LIMITED", message: expect.stringMatching(/mange indsendelser/) });
    expect(await db.outboxEmail.count()).toBe(mails);
    // The limit is the same for an unknown address: it does not tell the two apart either.
    for (let i = 0; i < RATE_LIMIT_MAX; i++) {
      setClientIp(`192.0.2.${i + 50}`);
      await ask("ingen@example.dk");
    }
    expect(await ask("ingen@example.dk")).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("is rate limited per IP address, across addresses", async () => {
    const { user } = await createFacilitator();
    setClientIp("198.51.100.9");
    for (let i = 0; i < RATE_LIMIT_MAX; i++) expect(await ask(`person${i}@example.dk`)).toEqual({ ok: true });
    expect(await ask(user.email)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await db.invite.count()).toBe(0);
    setClientIp("198.51.100.10");
    expect(await ask(user.email)).toEqual({ ok: true });
    expect(await db.invite.count()).toBe(1);
  });
});

describe("using the link", () => {
  async function resetLinkFor(email: string) {
    await ask(email);
    return tokenMailedTo(email);
  }

  it("sets the password once, returns the address for the sign-in form, and is used up", async () => {
    const { user } = await createFacilitator();
    const token = await resetLinkFor(user.email);
    expect(await getInviteState(token)).toEqual({ state: "valid", name: user.name });

    expect(await resetPassword(choose(token))).toEqual({ ok: true, data: { email: user.email } });
    expect((await authenticate(user.email, NEW, null)).ok).toBe(true);
    expect((await authenticate(user.email, TEST_PASSWORD, null)).ok).toBe(false);
    expect((await db.invite.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeInstanceOf(Date);
    expect(await getInviteState(token)).toEqual({ state: "used" }); // what the page shows instead of the form
    expect(await db.auditEvent.count({ where: { action: "user.password-reset", entityId: user.id, actorUserId: user.id } })).toBe(1);

    const hash = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(await resetPassword(choose(token, "en-tredje-kode-2026"))).toMatchObject({
      ok: false,
      code: "USED",
      message: expect.stringMatching(/allerede brugt/),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hash);
  });

  it("lets only one of two simultaneous uses through", async () => {
    const { user } = await createFacilitator();
    const token = await resetLinkFor(user.email);
    const results = await Promise.all([resetPassword(choose(token, "forste-nye-kode-1")), resetPassword(choose(token, "anden-nye-kode-22"))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ ok: false, code: "USED" })]);
    expect(await db.auditEvent.count({ where: { action: "user.password-reset" } })).toBe(1);
    const winner = results[0].ok ? "forste-nye-kode-1" : "anden-nye-kode-22";
    expect((await authenticate(user.email, winner, null)).ok).toBe(true);
  });

  it("claims the link with a conditional update: a use that lands between the check and the write is refused", async () => {
    // The interleaving a database without serialised transactions allows (PostgreSQL at READ COMMITTED):
    // both requests have seen a valid link; the other one marks it used just before this one writes.
    const { user } = await createFacilitator();
    const token = await resetLinkFor(user.email);
    const passwordHash = await hashForInvite(choose(token));
    const outcome = await db.$transaction(async (tx) => {
      const invite = new Proxy(tx.invite, {
        get(target, prop, receiver) {
          if (prop !== "findUniqueOrThrow") return Reflect.get(target, prop, receiver);
          return async (args: Parameters<typeof tx.invite.findUniqueOrThrow>[0]) => {
            const found = await target.findUniqueOrThrow(args);
            await target.updateMany({ where: { tokenHash: hashToken(token) }, data: { usedAt: new Date() } });
            return found;
          };
        },
      });
      const racing = new Proxy(tx, { get: (target, prop, receiver) => (prop === "invite" ? invite : Reflect.get(target, prop, receiver)) });
      return setPasswordFromLink(racing, { token }, passwordHash);
    });
    expect(outcome).toEqual({ ok: false, code: "USED" });
    expect((await authenticate(user.email, TEST_PASSWORD, null)).ok).toBe(true);
  });

  it("refuses an expired link calmly and writes nothing", async () => {
    const { user } = await createFacilitator();
    const token = await resetLinkFor(user.email);
    await db.invite.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await rowCounts();
    const invite = await db.invite.findFirstOrThrow({ where: { userId: user.id } });
    expect(await getInviteState(token)).toEqual({ state: "expired" });
    expect(await resetPassword(choose(token))).toMatchObject({
      ok: false,
      code: "EXPIRED",
      message: expect.stringMatching(/udløbet.*Glemt adgangskode/),
    });
    expect(await rowCounts()).toEqual(before);
    expect(await db.invite.findFirstOrThrow({ where: { userId: user.id } })).toEqual(invite);
    expect((await authenticate(user.email, TEST_PASSWORD, null)).ok).toBe(true);
  });

  it("refuses an unknown link and a link of a deactivated account", async () => {
    const { user } = await createFacilitator();
    const token = await resetLinkFor(user.email);
    expect(await resetPassword(choose("et-ukendt-token-der-er-langt-nok"))).toMatchObject({
      ok: false,
      code: "UNKNOWN",
      message: expect.stringMatching(/ugyldigt/),
    });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resetPassword(choose(token))).toMatchObject({ ok: false, code: "UNKNOWN" });
    expect((await db.invite.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeNull();
  });

  it("ends every session signed in before the reset", async () => {
    const { user } = await createFacilitator();
    signInAs(user.id, { authTime: nowSeconds() - 60 });
    const oldSession = currentToken()!;
    expect((await getSession())?.id).toBe(user.id);

    signInAs(null); // the link is used in a browser where no one is signed in
    const token = await resetLinkFor(user.email);
    expect((await resetPassword(choose(token))).ok).toBe(true);

    signInAs(user.id, oldSession);
    expect(await getSession()).toBeNull();
    signInAs(user.id, { authTime: nowSeconds() });
    expect((await getSession())?.id).toBe(user.id);
  });

  it("a link stops working once the account's own password is changed on the account page", async () => {
    const { user } = await createFacilitator();
    const token = await resetLinkFor(user.email);
    signInAs(user.id);
    expect((await changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: NEW, confirmPassword: NEW })).ok).toBe(true);
    signInAs(null);
    expect(await resetPassword(choose(token, "en-anden-kode-2026"))).toMatchObject({ ok: false, code: "UNKNOWN" });
    expect((await authenticate(user.email, NEW, null)).ok).toBe(true);
  });
});

describe("an administrator sends a new set-password link", () => {
  it("refuses anonymous callers and facilitators, writing nothing", async () => {
    const { user } = await createFacilitator();
    const before = await rowCounts();
    signInAs(null);
    expect(await sendPasswordLink({ userId: user.id })).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    signInAs(user.id);
    expect(await sendPasswordLink({ userId: user.id })).toMatchObject({ ok: false, code: "DENIED", message: "Du har ikke adgang til dette." });
    expect(await rowCounts()).toEqual(before);
  });

  it("with a mail server: mails the link (72 hours), tells the browser nothing, audits it; the old password works until the link is used", async () => {
    const admin = await createAdmin();
    const { user } = await createFacilitator({ name: "Karen Kendt" });
    signInAs(admin.id);
    const result = await sendPasswordLink({ userId: user.id });
    expect(result).toEqual({ ok: true, data: { link: null } });
    const token = await tokenMailedTo(user.email);
    expect(JSON.stringify(result)).not.toContain(token);
    const invite = await db.invite.findFirstOrThrow({ where: { userId: user.id } });
    expect((invite.expiresAt.getTime() - Date.now()) / 3_600_000).toBeGreaterThan(71.9);
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(row.text).not.toContain(token);
    expect(row.text).toContain(REDACTED_LINK);
    expect(row.text.split("\n")[0]).toBe("Hej Karen Kendt");
    expect(row.text).toContain("Selvhjælp Hernings administration");
    expect(await db.auditEvent.count({ where: { action: "user.password-link", entityId: user.id, actorUserId: admin.id } })).toBe(1);

    expect((await authenticate(user.email, TEST_PASSWORD, null)).ok).toBe(true);
    signInAs(null);
    expect(await resetPassword(choose(token))).toEqual({ ok: true, data: { email: user.email } });
    expect((await authenticate(user.email, TEST_PASSWORD, null)).ok).toBe(false);
    expect((await authenticate(user.email, NEW, null)).ok).toBe(true);
  });

  it("without a mail server: shows the administrator the working link once and keeps it only sealed", async () => {
    delete process.env.SMTP_URL; // put back before the next test
    const admin = await createAdmin();
    const { user } = await createFacilitator();
    signInAs(admin.id);
    const result = await sendPasswordLink({ userId: user.id });
    const link = (result as { ok: true; data: { link: string } }).data.link;
    const token = /\/login\/ny-adgangskode\/([A-Za-z0-9_-]+)$/.exec(link)![1];
    expect(await db.invite.count({ where: { userId: user.id, tokenHash: hashToken(token), usedAt: null } })).toBe(1);
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(row.text).not.toContain(token);
    expect(row.sealedText).not.toContain(token);
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(token);
  });

  it("refuses an account without a password, a deactivated one and an unknown id, writing nothing", async () => {
    const admin = await createAdmin();
    const { user: invited } = await createInvitedUser();
    const { user: inactive } = await createFacilitator();
    await db.user.update({ where: { id: inactive.id }, data: { active: false } });
    signInAs(admin.id);
    const before = await rowCounts();
    expect(await sendPasswordLink({ userId: invited.id })).toMatchObject({
      ok: false,
      code: "NO_PASSWORD",
      message: expect.stringMatching(/invitationen igen/),
    });
    expect(await sendPasswordLink({ userId: inactive.id })).toMatchObject({
      ok: false,
      code: "INACTIVE",
      message: expect.stringMatching(/deaktiveret/),
    });
    expect(await sendPasswordLink({ userId: "findes-ikke" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await sendPasswordLink({})).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { userId: ["Mangler id."] } });
    expect(await rowCounts()).toEqual(before);
  });

  it("an invitation is queued in the command's transaction and delivered with its link", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    expect((await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" })).ok).toBe(true);
    const token = await tokenMailedTo("frida@example.dk");
    const mail = await newestMailTo("frida@example.dk");
    expect(mail.text).toContain(`/invitation/${token}`);
    expect(mail.text).toContain("Selvhjælp Hernings administration");
    expect((await db.outboxEmail.findFirstOrThrow({ where: { to: "frida@example.dk" } })).text).not.toContain(token);
  });
});
