import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSession } from "@/lib/auth/session";
import { acceptInvite, changeOwnPassword } from "@/lib/users/actions";
import { hashToken } from "@/lib/users/tokens";
import { createFacilitator, TEST_PASSWORD } from "../helpers/fixtures";
import { signInAs } from "../helpers/request";

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
    await db.invite.create({ data: { userId: user.id, tokenHash: hashToken("invite-token-abcdefghijklmnop"), expiresAt: new Date(Date.now() + 3_600_000) } });
    await expect(acceptInvite({ token: "invite-token-abcdefghijklmnop", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).rejects.toThrow(/NEXT_REDIRECT/);
    const { passwordChangedAt } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordChangedAt: true } });
    expect(passwordChangedAt).toBeInstanceOf(Date);
    signInAs(user.id, { authTime: nowSeconds() - 3600 });
    expect(await getSession()).toBeNull();
    signInAs(user.id, { authTime: nowSeconds() });
    expect((await getSession())?.id).toBe(user.id);
  });
});
