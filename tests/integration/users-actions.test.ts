import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { AccessDenied } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeOwnPassword, inviteUser, resendInvite, setUserActive } from "@/lib/users/actions";
import { listUsers, setUserActive as setUserActiveData } from "@/lib/users/data";
import { hashToken } from "@/lib/users/tokens";
import { clearAdminCoreTables, tokenFromOutbox } from "../helpers/admin-core-fixtures";
import { createAdmin, createFacilitator, TEST_PASSWORD } from "../helpers/fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

const NEW = "en-helt-ny-kode-2026";

beforeEach(clearAdminCoreTables);

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
    expect(malformed.ok).toBe(false);
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
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.fieldErrors! : {};
    expect(Object.keys(errors).sort()).toEqual(["courseCompletedAt", "email", "name", "role"]);
    expect(await db.user.count()).toBe(1);
    expect(await db.invite.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("creates a facilitator without a password, stores only the token's hash and emails a 72-hour link", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    const before = Date.now();
    const result = await inviteUser({ name: "Frida Frivillig", email: " Frida@Example.dk ", role: "FACILITATOR", courseCompletedAt: "2025-05-01" });
    expect(result).toEqual({ ok: true });
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
    expect(revalidatedPaths()).toContain("/admin/brugere");
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
    expect(!result.ok && result.fieldErrors?.email?.[0]).toMatch(/findes allerede/);
    expect(await db.invite.count()).toBe(0);
    expect(await db.outboxEmail.count()).toBe(0);
  });
});

describe("resendInvite", () => {
  it("refuses an account that has a password, an unknown id and malformed input", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    expect(await resendInvite({ userId: admin.id })).toMatchObject({ ok: false, message: expect.stringMatching(/allerede/) });
    expect(await resendInvite({ userId: "findes-ikke" })).toMatchObject({ ok: false });
    expect(await resendInvite({})).toMatchObject({ ok: false, fieldErrors: { userId: expect.any(Array) } });
    expect(await db.invite.count()).toBe(0);
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
    expect(await resendInvite({ userId: frida.id })).toMatchObject({ ok: false, message: expect.stringMatching(/deaktiveret/) });
    expect(await db.outboxEmail.count()).toBe(1);
  });
});

describe("setUserActive", () => {
  it("refuses to deactivate yourself", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    expect(await setUserActive({ userId: admin.id, active: false })).toMatchObject({ ok: false, message: expect.stringMatching(/egen bruger/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
  });

  it("never leaves zero active administrators", async () => {
    const only = await createAdmin();
    const { user: facilitator } = await createFacilitator();
    expect(await setUserActiveData(only.id, false, facilitator.id)).toBe("last-admin");
    expect((await db.user.findUniqueOrThrow({ where: { id: only.id } })).active).toBe(true);
  });

  it("refuses malformed input", async () => {
    signInAs((await createAdmin()).id);
    const { user } = await createFacilitator();
    expect(await setUserActive({ userId: user.id, active: "nej" })).toMatchObject({ ok: false, fieldErrors: { active: expect.any(Array) } });
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
    const users = await listUsers();
    expect(JSON.stringify(users)).not.toContain("scrypt$");
    expect(users.find((u) => u.id === admin.id)).toMatchObject({ hasPassword: true });
    expect(users.find((u) => u.email === "frida@example.dk")).toMatchObject({ hasPassword: false, pendingInviteExpiresAt: expect.any(Date) });
    expect(Object.keys(users[0])).not.toContain("passwordHash");
  });

  it("is for administrators only", async () => {
    const { user } = await createFacilitator();
    signInAs(user.id);
    await expect(listUsers()).rejects.toBeInstanceOf(AccessDenied);
  });
});
