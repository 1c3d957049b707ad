import { beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/login";
import { db } from "@/lib/db";
import { acceptInvite } from "@/lib/users/actions";
import { getInviteState } from "@/lib/users/data";
import { RATE_LIMIT_MAX, RATE_LIMIT_UNKNOWN_ADDRESS_MAX } from "@/lib/rate-limit";
import { clearAdminCoreTables, createInvitedUser } from "../helpers/admin-core-fixtures";
import { setClientIp } from "../helpers/request";

const PASSWORD = "min-egen-gode-kode";
const input = (token: string, over: Record<string, string> = {}) => ({ token, newPassword: PASSWORD, confirmPassword: PASSWORD, ...over });

beforeEach(async () => {
  await clearAdminCoreTables();
  await db.rateLimitHit.deleteMany();
});

describe("accepting an invitation", () => {
  it("sets the password, uses up the invite, audits and gives the address back for the sign-in form", async () => {
    const { user, token } = await createInvitedUser();
    expect(await getInviteState(token)).toEqual({ state: "valid", name: "Iben Inviteret" });
    expect(await acceptInvite(input(token))).toEqual({ ok: true, data: { email: user.email } });
    expect((await authenticate(user.email, PASSWORD, null)).ok).toBe(true);
    expect((await db.invite.findFirstOrThrow({ where: { userId: user.id } })).usedAt).not.toBeNull();
    expect(await getInviteState(token)).toEqual({ state: "used" });
    expect(await db.auditEvent.findFirst({ where: { action: "user.password-set", entityId: user.id, actorUserId: user.id } })).not.toBeNull();
  });

  it("refuses a used link with a clear message and keeps the password", async () => {
    const { user, token } = await createInvitedUser();
    expect((await acceptInvite(input(token))).ok).toBe(true);
    const hash = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const again = await acceptInvite(input(token, { newPassword: "en-anden-kode-123", confirmPassword: "en-anden-kode-123" }));
    expect(again).toMatchObject({ ok: false, code: "USED", message: expect.stringMatching(/allerede brugt/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hash);
  });

  it("refuses an expired link and sets no password", async () => {
    const { user, token } = await createInvitedUser({ expiresInHours: -1 });
    expect(await getInviteState(token)).toEqual({ state: "expired" });
    expect(await acceptInvite(input(token))).toMatchObject({ ok: false, code: "EXPIRED", message: expect.stringMatching(/udløbet/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("refuses an unknown token, and invalid input with field errors", async () => {
    const { user, token } = await createInvitedUser();
    expect(await acceptInvite(input("ukendt-token-der-er-langt-nok"))).toMatchObject({
      ok: false,
      code: "UNKNOWN",
      message: expect.stringMatching(/ugyldigt/),
    });
    const short = await acceptInvite(input(token, { newPassword: "kort", confirmPassword: "kort" }));
    expect(short).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { newPassword: ["Adgangskoden skal være mindst 12 tegn."] } });
    const mismatch = await acceptInvite(input(token, { confirmPassword: "noget-helt-andet-1" }));
    expect(mismatch).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { confirmPassword: ["De to adgangskoder er ikke ens."] } });
    const long = await acceptInvite(input(token, { newPassword: "x".repeat(201), confirmPassword: "x".repeat(201) }));
    expect(long).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { newPassword: ["Adgangskoden må højst være 200 tegn."] } });
    expect(await acceptInvite({ token: "kort" })).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { token: ["Linket er ugyldigt."] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
    expect(await getInviteState(token)).toMatchObject({ state: "valid" });
  });

  it("lets only one of two simultaneous uses of the same link through", async () => {
    const { token } = await createInvitedUser();
    const results = await Promise.all([acceptInvite(input(token)), acceptInvite(input(token))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: "USED" })]);
    expect(await db.auditEvent.count({ where: { action: "user.password-set" } })).toBe(1);
  });

  it("treats the link of a deactivated account as invalid", async () => {
    const { user, token } = await createInvitedUser();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await acceptInvite(input(token))).toMatchObject({ ok: false, code: "UNKNOWN" });
  });

  it("is rate limited per address, so links cannot be guessed endlessly", async () => {
    setClientIp("198.51.100.77");
    for (let i = 0; i < RATE_LIMIT_MAX; i++) {
      expect(await acceptInvite(input(`gaet-et-token-nummer-${i}-abcdef`))).toMatchObject({ ok: false, code: "UNKNOWN" });
    }
    const { user, token } = await createInvitedUser();
    expect(await acceptInvite(input(token))).toMatchObject({ ok: false, code: "RATE_LIMITED", message: expect.stringMatching(/mange indsendelser/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
    setClientIp("198.51.100.78");
    expect((await acceptInvite(input(token))).ok).toBe(true);
  });

  it("is rate limited without a trusted proxy too, where no address is known: a shared, higher limit", async () => {
    vi.stubEnv("TRUST_PROXY", "0");
    try {
      for (let i = 0; i < RATE_LIMIT_UNKNOWN_ADDRESS_MAX; i++) {
        // Each guess from a new spoofed X-Forwarded-For: without TRUST_PROXY the header is not believed.
        setClientIp(`203.0.113.${i + 1}`);
        expect(await acceptInvite(input(`gaet-et-token-nummer-${i}-abcdef`))).toMatchObject({ ok: false, code: "UNKNOWN" });
      }
      const { user, token } = await createInvitedUser();
      expect(await acceptInvite(input(token))).toMatchObject({ ok: false, code: "RATE_LIMITED" });
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
