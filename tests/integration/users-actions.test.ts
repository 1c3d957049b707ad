import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { INVALID_INPUT } from "@/lib/command/result";
import { db } from "@/lib/db";
import { changeOwnPassword, inviteUser, resendInvite, setUserActive } from "@/lib/users/actions";
import { setUserActive as setUserActiveData } from "@/lib/users/data";
import { countUsers, listUsers, USER_PAGE_SIZE } from "@/lib/users/list-data";
import { hashToken } from "@/lib/users/tokens";
import { deliveryIdle } from "@/lib/email/worker";
import { REDACTED_LINK } from "@/lib/users/invite-email";
import { clearAdminCoreTables, tokenFromMail } from "../helpers/admin-core-fixtures";
import { actorOf, createAdmin, createFacilitator, TEST_PASSWORD } from "../helpers/fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";
import { startSmtpCapture } from "../helpers/smtp-capture";

const NEW = "en-helt-ny-kode-2026";

// Invitations are queued in the command's transaction and the worker delivers them over a real SMTP
// server right after the commit: the outbox keeps only a copy with the link redacted.
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url; // lib/env.ts re-reads the environment under NODE_ENV=test
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});
const tokenFromOutbox = async (to: string) => {
  await deliveryIdle();
  return tokenFromMail(smtp.mails, to);
};

beforeEach(async () => {
  await deliveryIdle();
  await clearAdminCoreTables();
});

describe("who may call the account commands", () => {
  const calls = {
    inviteUser: () => inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" }),
    resendInvite: () => resendInvite({ userId: "u1" }),
    setUserActive: () => setUserActive({ userId: "u1", active: false }),
    changeOwnPassword: () => changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: NEW, confirmPassword: NEW }),
  };

  it.each(Object.keys(calls) as (keyof typeof calls)[])("%s: signed out → SIGNED_OUT with the way to sign in, nothing written", async (name) => {
    signInAs(null);
    expect(await calls[name]()).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login", message: expect.stringMatching(/logget ind/) });
    expect(await db.user.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it.each(["inviteUser", "resendInvite", "setUserActive"] as const)("%s: a facilitator → DENIED, nothing written", async (name) => {
    const { user } = await createFacilitator();
    signInAs(user.id);
    expect(await calls[name]()).toMatchObject({ ok: false, code: "DENIED", message: "Du har ikke adgang til dette." });
    expect(await db.user.count()).toBe(1);
    expect(await db.invite.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });
});

describe("changeOwnPassword", () => {
  it("refuses a short new password, a mismatch and a wrong current password, and changes nothing", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    const short = await changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: "kort", confirmPassword: "kort" });
    expect(short.ok).toBe(false);
    expect(!short.ok && short.fieldErrors?.newPassword?.[0]).toMatch(/mindst 12 tegn/);
    const mismatch = await changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: NEW, confirmPassword: NEW + "x" });
    expect(!mismatch.ok && mismatch.fieldErrors?.confirmPassword?.[0]).toMatch(/ikke ens/);
    const wrong = await changeOwnPassword({ currentPassword: "forkert-kode-1234", newPassword: NEW, confirmPassword: NEW });
    expect(!wrong.ok && wrong.fieldErrors?.currentPassword?.[0]).toMatch(/forkert/);
    const malformed = await changeOwnPassword("ikke et objekt");
    expect(malformed).toMatchObject({ ok: false, code: "INVALID", message: INVALID_INPUT });
    const huge = await changeOwnPassword({ currentPassword: "x".repeat(201), newPassword: "y".repeat(201), confirmPassword: "y".repeat(201) });
    expect(!huge.ok && huge.fieldErrors).toMatchObject({
      currentPassword: [expect.stringMatching(/højst være 200/)],
      newPassword: [expect.stringMatching(/højst være 200/)],
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(after.passwordHash).toBe(admin.passwordHash);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("changes the password, audits it and returns no hash", async () => {
    const { user } = await createFacilitator();
    signInAs(user.id);
    const result = await changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: NEW, confirmPassword: NEW });
    expect(result).toEqual({ ok: true });
    expect(JSON.stringify(result)).not.toContain("scrypt$");
    expect((await authenticate(user.email, NEW, null)).ok).toBe(true);
    expect((await authenticate(user.email, TEST_PASSWORD, null)).ok).toBe(false);
    expect(await db.auditEvent.findFirst({ where: { action: "user.password-change", entityId: user.id, actorUserId: user.id } })).not.toBeNull();
  });
});

describe("inviteUser", () => {
  it("refuses invalid input with field errors and writes nothing", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    const result = await inviteUser({ name: " ", email: "ikke-en-email", role: "SUPERUSER", courseCompletedAt: "2099-01-01" });
    expect(result).toMatchObject({ ok: false, code: "INVALID", message: INVALID_INPUT });
    const errors = !result.ok ? result.fieldErrors! : {};
    expect(Object.keys(errors).sort()).toEqual(["courseCompletedAt", "email", "name", "role"]);
    expect(errors.courseCompletedAt).toEqual(["Datoen kan ikke ligge i fremtiden."]);
    expect(await db.user.count()).toBe(1);
    expect(await db.invite.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("creates a facilitator without a password, stores only the token's hash and emails a 72-hour link", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    const before = Date.now();
    const result = await inviteUser({ name: "Frida Frivillig", email: " Frida@Example.dk ", role: "FACILITATOR", courseCompletedAt: "2025-05-01" });
    expect(result).toEqual({ ok: true, data: { link: null } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "frida@example.dk" }, include: { facilitator: true, invites: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.role).toBe("FACILITATOR");
    expect(user.facilitator?.courseCompletedAt?.toISOString().slice(0, 10)).toBe("2025-05-01");
    const token = await tokenFromOutbox("frida@example.dk");
    expect(user.invites).toHaveLength(1);
    expect(user.invites[0].tokenHash).toBe(hashToken(token));
    expect(user.invites[0].tokenHash).not.toContain(token);
    const hours = (user.invites[0].expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThan(72.1);
    expect(await db.auditEvent.findFirst({ where: { action: "user.invite", entityId: user.id, actorUserId: admin.id } })).not.toBeNull();
    expect(revalidatedPaths()).toEqual(["/admin"]);
  });

  it("refuses a name with control or invisible characters, an over-long email and a date that is not a real day", async () => {
    signInAs((await createAdmin()).id);
    const result = await inviteUser({
      name: "Frida\u202Eevil",
      email: `${"a".repeat(250)}@example.dk`,
      role: "FACILITATOR",
      courseCompletedAt: "2025-02-30",
    });
    expect(!result.ok && result.fieldErrors).toEqual({
      name: ["Teksten indeholder tegn, som ikke kan bruges."],
      email: ["Emailadressen er for lang."],
      courseCompletedAt: ["Skriv en gyldig dato."],
    });
    expect(await db.user.count()).toBe(1);
  });

  it("stores the name NFC-normalised and trimmed, and accepts today as the course date", async () => {
    signInAs((await createAdmin()).id);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date());
    expect((await inviteUser({ name: "  Søren A\u030Agård ", email: "soren@example.dk", role: "FACILITATOR", courseCompletedAt: today })).ok).toBe(
      true,
    );
    const user = await db.user.findUniqueOrThrow({ where: { email: "soren@example.dk" }, include: { facilitator: true } });
    expect(user.name).toBe("Søren Ågård");
    expect(user.facilitator?.courseCompletedAt?.toISOString().slice(0, 10)).toBe(today);
  });

  it("never sends the invitation token to the browser when a mail server delivers it", async () => {
    signInAs((await createAdmin()).id);
    const result = await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" });
    const token = await tokenFromOutbox("frida@example.dk");
    expect(JSON.stringify(result)).not.toContain(token);
    expect(result).toEqual({ ok: true, data: { link: null } });
  });

  it("without a mail server, gives the inviting administrator the working link once and stores it nowhere", async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      signInAs((await createAdmin()).id);
      const result = await inviteUser({ name: "Gitte", email: "gitte@example.dk", role: "FACILITATOR" });
      expect(result.ok).toBe(true);
      const link = (result as { data: { link: string } }).data.link;
      const token = link.match(/\/invitation\/([^/\s]+)$/)![1];
      const user = await db.user.findUniqueOrThrow({ where: { email: "gitte@example.dk" }, select: { id: true } });
      expect(await db.invite.count({ where: { userId: user.id, tokenHash: hashToken(token), usedAt: null } })).toBe(1);
      const stored = await db.outboxEmail.findFirstOrThrow({ where: { to: "gitte@example.dk" } });
      expect(stored.text).toContain(REDACTED_LINK);
      expect(stored.text).not.toContain(token);
    } finally {
      process.env.SMTP_URL = url;
    }
  });

  it("creates an administrator without a facilitator record", async () => {
    signInAs((await createAdmin()).id);
    expect((await inviteUser({ name: "Anders", email: "anders@example.dk", role: "ADMIN", courseCompletedAt: "2025-01-01" })).ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "anders@example.dk" }, include: { facilitator: true } });
    expect(user.role).toBe("ADMIN");
    expect(user.facilitator).toBeNull();
  });

  it("re-inviting revokes the older unused invite", async () => {
    signInAs((await createAdmin()).id);
    await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" });
    const first = await tokenFromOutbox("frida@example.dk");
    await new Promise((r) => setTimeout(r, 5));
    await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" });
    const second = await tokenFromOutbox("frida@example.dk");
    expect(second).not.toBe(first);
    const hashes = (await db.invite.findMany({ select: { tokenHash: true } })).map((i) => i.tokenHash);
    expect(hashes).toEqual([hashToken(second)]);
    expect(await db.user.count({ where: { email: "frida@example.dk" } })).toBe(1);
  });

  it("refuses an email that already has an account with a password", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    const result = await inviteUser({ name: "Igen", email: admin.email, role: "ADMIN" });
    expect(result).toMatchObject({ ok: false, code: "HAS_ACCOUNT" });
    expect(!result.ok && result.fieldErrors?.email?.[0]).toMatch(/findes allerede/);
    expect(await db.invite.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });
});

describe("resendInvite", () => {
  it("refuses an account that has a password, an unknown id and malformed input", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    expect(await resendInvite({ userId: admin.id })).toMatchObject({ ok: false, code: "HAS_ACCOUNT", message: expect.stringMatching(/allerede/) });
    expect(await resendInvite({ userId: "findes-ikke" })).toMatchObject({ ok: false, code: "NOT_FOUND", message: "Brugeren findes ikke." });
    expect(await resendInvite({})).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { userId: ["Mangler id."] } });
    expect(await db.invite.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("sends a fresh link for an account without a password, revoking the old one, audited", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" });
    const frida = await db.user.findUniqueOrThrow({ where: { email: "frida@example.dk" } });
    const first = await tokenFromOutbox("frida@example.dk");
    await new Promise((r) => setTimeout(r, 5));
    expect(await resendInvite({ userId: frida.id })).toEqual({ ok: true, data: { link: null } });
    const second = await tokenFromOutbox("frida@example.dk");
    expect(second).not.toBe(first);
    expect((await db.invite.findMany({ select: { tokenHash: true } })).map((i) => i.tokenHash)).toEqual([hashToken(second)]);
    expect(await db.auditEvent.count({ where: { action: "user.reinvite", entityId: frida.id, actorUserId: admin.id } })).toBe(1);
  });
});

describe("inviting a deactivated account", () => {
  it("is refused until the account is reactivated", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" });
    const frida = await db.user.findUniqueOrThrow({ where: { email: "frida@example.dk" } });
    await setUserActive({ userId: frida.id, active: false });
    const again = await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" });
    expect(!again.ok && again.fieldErrors?.email?.[0]).toMatch(/deaktiveret/);
    expect(await resendInvite({ userId: frida.id })).toMatchObject({ ok: false, code: "INACTIVE", message: expect.stringMatching(/deaktiveret/) });
    expect(await db.outboxEmail.count()).toBe(1);
  });
});

describe("setUserActive", () => {
  it("refuses to deactivate yourself", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    expect(await setUserActive({ userId: admin.id, active: false })).toMatchObject({
      ok: false,
      code: "SELF",
      message: expect.stringMatching(/egen bruger/),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
  });

  it("never leaves zero active administrators", async () => {
    // Unreachable through the action (the caller is an active administrator, and may not deactivate
    // themselves), so the rule is checked on the data function, as a script would call it.
    const only = await createAdmin();
    const { user: facilitator } = await createFacilitator();
    const actor = await actorOf(facilitator.id);
    expect(await db.$transaction((tx) => setUserActiveData(tx, actor, { userId: only.id, active: false }))).toEqual({
      ok: false,
      code: "LAST_ADMIN",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: only.id } })).active).toBe(true);
  });

  it("refuses malformed input", async () => {
    signInAs((await createAdmin()).id);
    const { user } = await createFacilitator();
    expect(await setUserActive({ userId: user.id, active: "nej" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { active: ["Feltet har en ugyldig værdi."] },
    });
    expect(await setUserActive({ userId: "findes-ikke", active: false })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);
  });

  it("deactivates and reactivates another user, audited; a deactivated user cannot sign in", async () => {
    const admin = await createAdmin();
    const other = await createAdmin();
    signInAs(admin.id);
    expect(await setUserActive({ userId: other.id, active: false })).toEqual({ ok: true });
    expect((await authenticate(other.email, TEST_PASSWORD, null)).ok).toBe(false);
    expect(await setUserActive({ userId: other.id, active: true })).toEqual({ ok: true });
    const actions = (await db.auditEvent.findMany({ where: { entityId: other.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.deactivate", "user.reactivate"]);
  });
});

describe("listUsers", () => {
  it("says whether a password is set but never returns the hash", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" });
    const { rows: users } = await listUsers(await actorOf(admin.id));
    expect(JSON.stringify(users)).not.toContain("scrypt$");
    expect(users.find((u) => u.id === admin.id)).toMatchObject({ hasPassword: true });
    expect(users.find((u) => u.email === "frida@example.dk")).toMatchObject({ hasPassword: false, pendingInviteExpiresAt: expect.any(Date) });
    expect(Object.keys(users[0])).not.toContain("passwordHash");
  });

  it("pages the accounts 50 at a time, active ones first and then by name, with a stable order", async () => {
    const admin = await createAdmin();
    const many = Array.from({ length: USER_PAGE_SIZE + 5 }, (_, i) => ({
      email: `bruger${String(i).padStart(3, "0")}@example.dk`,
      name: `Bruger ${String(i).padStart(3, "0")}`,
      role: "FACILITATOR" as const,
      active: i % 10 !== 0,
    }));
    await db.user.createMany({ data: many });
    const actor = await actorOf(admin.id);
    const first = await listUsers(actor, { page: 1 });
    const second = await listUsers(actor, { page: 2 });
    expect(first.rows).toHaveLength(USER_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    expect(second.hasNext).toBe(false);
    const all = [...first.rows, ...second.rows];
    expect(all).toHaveLength(USER_PAGE_SIZE + 6);
    expect(new Set(all.map((u) => u.id)).size).toBe(all.length);
    const firstInactive = all.findIndex((u) => !u.active);
    expect(all.slice(firstInactive).every((u) => !u.active)).toBe(true);
    const activeNames = all.filter((u) => u.active).map((u) => u.name);
    expect(activeNames).toEqual([...activeNames].sort());
    expect(await countUsers(actor)).toBe(USER_PAGE_SIZE + 6);
  });

  it("finds accounts by part of the name (Danish letters in any case) or the email, and treats % and _ as text", async () => {
    const admin = await createAdmin();
    await db.user.createMany({
      data: [
        { email: "aase@example.dk", name: "Åse Ærbødig", role: "FACILITATOR" },
        { email: "oskar@foreningen.dk", name: "Oskar Holm", role: "ADMIN" },
        { email: "pct@example.dk", name: "Hundred % Kim", role: "FACILITATOR" },
      ],
    });
    const actor = await actorOf(admin.id);
    const names = async (q: string) => (await listUsers(actor, { q })).rows.map((u) => u.name);
    expect(await names("ærbø")).toEqual(["Åse Ærbødig"]);
    expect(await names("ÅSE")).toEqual(["Åse Ærbødig"]);
    expect(await names("foreningen")).toEqual(["Oskar Holm"]);
    expect(await names("%")).toEqual(["Hundred % Kim"]);
    expect(await names("_")).toEqual([]);
    expect(await names("findes-ikke")).toEqual([]);
  });
});

describe("the outbox never keeps a usable invitation link", () => {
  it("the mail sent over SMTP has the link; the outbox copy has it redacted", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    expect((await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" })).ok).toBe(true);
    const token = await tokenFromOutbox("frida@example.dk");
    const copy = await db.outboxEmail.findFirstOrThrow({ where: { to: "frida@example.dk" }, select: { text: true, sentAt: true } });
    expect(copy.sentAt).toBeInstanceOf(Date);
    expect(copy.text).not.toContain(token);
    expect(copy.text).not.toMatch(/\/invitation\//);
    expect(copy.text).toContain(REDACTED_LINK);
    expect(copy.text).toContain("Hej Frida");
  });

  it("without SMTP (the outbox is the only channel) the stored copy is redacted too", async () => {
    delete process.env.SMTP_URL;
    try {
      const admin = await createAdmin();
      signInAs(admin.id);
      expect((await inviteUser({ name: "Frida", email: "frida@example.dk", role: "FACILITATOR" })).ok).toBe(true);
      const copy = await db.outboxEmail.findFirstOrThrow({ where: { to: "frida@example.dk" }, select: { text: true, sentAt: true } });
      expect(copy.sentAt).toBeNull();
      expect(copy.text).not.toMatch(/\/invitation\//);
      expect(copy.text).toContain(REDACTED_LINK);
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
  });
});
