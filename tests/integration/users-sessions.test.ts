import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import { acceptInvite, changeOwnPassword, setUserActive, signOut } from "@/lib/users/actions";
import { hashToken } from "@/lib/users/tokens";
import { createAdmin, createFacilitator, TEST_PASSWORD } from "../helpers/fixtures";
import { currentToken, signInAs } from "../helpers/request";

const nowSeconds = () => Math.floor(Date.now() / 1000);
const NEW_PASSWORD = "en-helt-ny-kode-2026";

beforeEach(async () => {
  await db.auditEvent.deleteMany();
  await db.invite.deleteMany();
  await db.facilitator.deleteMany();
  await db.user.deleteMany();
});

describe("a changed password ends the account's other sessions", () => {
  it("changing one's own password rejects sessions signed in before it, and keeps the current one signed in", async () => {
    const { user } = await createFacilitator();
    const earlier = nowSeconds() - 60;
    signInAs(user.id, { authTime: earlier });
    expect((await getSession())?.id).toBe(user.id);

    const result = await changeOwnPassword({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(result).toEqual({ ok: true });
    const { passwordChangedAt } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordChangedAt: true } });
    expect(passwordChangedAt).toBeInstanceOf(Date);

    // This browser's session was renewed by the action and stays signed in …
    expect((await getSession())?.id).toBe(user.id);
    // … while another browser, signed in before the change, is signed out.
    signInAs(user.id, { authTime: earlier });
    expect(await getSession()).toBeNull();
    // Signing in again after the change works.
    signInAs(user.id, { authTime: nowSeconds() });
    expect((await getSession())?.id).toBe(user.id);
  });

  it("a wrong current password changes nothing and ends no session", async () => {
    const { user } = await createFacilitator();
    const earlier = nowSeconds() - 60;
    signInAs(user.id, { authTime: earlier });
    const result = await changeOwnPassword({ currentPassword: "forkert-kode-1234", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(result.ok).toBe(false);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordChangedAt: true } })).toEqual({ passwordChangedAt: null });
    expect((await getSession())?.id).toBe(user.id);
  });

  it("setting the password from an invite records the time, so sessions from before it are rejected", async () => {
    const user = await db.user.create({ data: { email: "ny@example.dk", name: "Ny Bruger", role: "FACILITATOR" } });
    await db.invite.create({
      data: { userId: user.id, tokenHash: hashToken("invite-token-abcdefghijklmnop"), expiresAt: new Date(Date.now() + 3_600_000) },
    });
    expect((await acceptInvite({ token: "invite-token-abcdefghijklmnop", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).ok).toBe(true);
    const { passwordChangedAt } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordChangedAt: true } });
    expect(passwordChangedAt).toBeInstanceOf(Date);
    signInAs(user.id, { authTime: nowSeconds() - 3600 });
    expect(await getSession()).toBeNull();
    signInAs(user.id, { authTime: nowSeconds() });
    expect((await getSession())?.id).toBe(user.id);
  });
});

describe("sign-out ends the session on the server", () => {
  it("a copy of the signed-out cookie no longer counts as signed in; other sessions of the account stay", async () => {
    const { user } = await createFacilitator();
    signInAs(user.id);
    const stolen = currentToken()!;
    signInAs(user.id); // the same account in another browser
    const otherBrowser = currentToken()!;

    signInAs(user.id, stolen);
    expect((await getSession())?.id).toBe(user.id);
    await expect(signOut()).rejects.toThrow(/NEXT_REDIRECT/);
    expect(currentToken()).toBeNull(); // this browser's cookie is gone …
    expect(await db.endedSession.count({ where: { id: stolen.sessionId, userId: user.id } })).toBe(1);

    // … and replaying a copy of it (e.g. to download the member register) is refused.
    signInAs(user.id, stolen);
    expect(await getSession()).toBeNull();
    signInAs(user.id, otherBrowser);
    expect((await getSession())?.id).toBe(user.id);
    expect(await db.auditEvent.count({ where: { action: "user.sign-out", entityId: user.id } })).toBe(1);
  });

  it("ended sessions are forgotten once their JWT would have expired anyway", async () => {
    const { user } = await createFacilitator();
    await db.endedSession.create({ data: { id: "old-session-abcdefghij", userId: user.id, endedAt: new Date(Date.now() - 9 * 3600_000) } });
    signInAs(user.id);
    await expect(signOut()).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.endedSession.findMany({ select: { id: true } })).toHaveLength(1);
    expect(await db.endedSession.count({ where: { id: "old-session-abcdefghij" } })).toBe(0);
  });

  it("deactivation ends the account's sessions for good: reactivating does not revive them", async () => {
    const admin = await createAdmin();
    const { user } = await createFacilitator();
    signInAs(user.id, { authTime: nowSeconds() - 60 });
    const facilitatorSession = currentToken()!;

    signInAs(admin.id);
    expect((await setUserActive({ userId: user.id, active: false })).ok).toBe(true);
    signInAs(user.id, facilitatorSession);
    expect(await getSession()).toBeNull();

    signInAs(admin.id);
    expect((await setUserActive({ userId: user.id, active: true })).ok).toBe(true);
    signInAs(user.id, facilitatorSession);
    expect(await getSession()).toBeNull();
    // A fresh sign-in after the reactivation works.
    signInAs(user.id, { authTime: nowSeconds() + 1 });
    expect((await getSession())?.id).toBe(user.id);
  });
});
