import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, LOGIN_MAX_FAILURES } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";

describe("sign-in with throttling", () => {
  beforeEach(async () => {
    await db.loginFailure.deleteMany();
    await db.user.deleteMany();
    await db.user.create({
      data: { email: "koordinator@example.dk", name: "Koordinator", role: "ADMIN", passwordHash: await hashPassword("rigtig-kode-123") },
    });
  });

  it("accepts the right password, case-insensitively on the email", async () => {
    const result = await authenticate("Koordinator@Example.dk", "rigtig-kode-123", "1.2.3.4");
    expect(result.ok).toBe(true);
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await authenticate("koordinator@example.dk", "forkert", "1.2.3.4")).toEqual({ ok: false, code: "CredentialsSignin" });
    expect(await authenticate("ukendt@example.dk", "forkert", "1.2.3.4")).toEqual({ ok: false, code: "CredentialsSignin" });
  });

  it("refuses an over-long password without hashing it, and counts it as a failure", async () => {
    expect(await authenticate("koordinator@example.dk", "x".repeat(1_000_000), "1.2.3.4")).toEqual({ ok: false, code: "CredentialsSignin" });
    expect(await db.loginFailure.count({ where: { key: "account:koordinator@example.dk" } })).toBe(1);
  });

  it("locks the account after five failures, even with the right password", async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await authenticate("koordinator@example.dk", "forkert", `10.0.0.${i}`);
    expect(await authenticate("koordinator@example.dk", "rigtig-kode-123", "10.0.1.1")).toEqual({ ok: false, code: "Throttled" });
  });

  it("locks an IP after five failures across accounts", async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await authenticate(`ukendt${i}@example.dk`, "forkert", "9.9.9.9");
    expect(await authenticate("koordinator@example.dk", "rigtig-kode-123", "9.9.9.9")).toEqual({ ok: false, code: "Throttled" });
    expect((await authenticate("koordinator@example.dk", "rigtig-kode-123", "8.8.8.8")).ok).toBe(true);
  });

  it("refuses a deactivated account", async () => {
    await db.user.update({ where: { email: "koordinator@example.dk" }, data: { active: false } });
    expect((await authenticate("koordinator@example.dk", "rigtig-kode-123", "1.2.3.4")).ok).toBe(false);
  });

  it("without a trusted IP throttles only the account, so one caller cannot lock everybody out", async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await authenticate(`ukendt${i}@example.dk`, "forkert", null);
    expect((await authenticate("koordinator@example.dk", "rigtig-kode-123", null)).ok).toBe(true);
    expect(await db.loginFailure.count({ where: { key: { startsWith: "ip:" } } })).toBe(0);
  });

  it("keeps the lock for 15 minutes after the fifth failure, even when the failures were spread out", async () => {
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    await db.loginFailure.createMany({
      data: [14, 11, 8, 5, 2].map((m) => ({ key: "account:koordinator@example.dk", createdAt: minutesAgo(m) })),
    });
    expect(await authenticate("koordinator@example.dk", "rigtig-kode-123", null)).toEqual({ ok: false, code: "Throttled" });
  });

  it("lifts the lock 15 minutes after the last failure", async () => {
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    await db.loginFailure.createMany({
      data: [20, 19, 18, 17, 16].map((m) => ({ key: "account:koordinator@example.dk", createdAt: minutesAgo(m) })),
    });
    expect((await authenticate("koordinator@example.dk", "rigtig-kode-123", null)).ok).toBe(true);
  });

  it("does not lock when five failures are spread over more than 15 minutes", async () => {
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    await db.loginFailure.createMany({
      data: [25, 12, 9, 5, 1].map((m) => ({ key: "account:koordinator@example.dk", createdAt: minutesAgo(m) })),
    });
    expect((await authenticate("koordinator@example.dk", "rigtig-kode-123", null)).ok).toBe(true);
  });

  it("lets at most five of many simultaneous wrong attempts be checked", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => authenticate("koordinator@example.dk", "forkert", null)));
    const checked = results.filter((r) => !r.ok && r.code === "CredentialsSignin").length;
    expect(checked).toBeLessThanOrEqual(LOGIN_MAX_FAILURES);
    expect(results.filter((r) => !r.ok && r.code === "Throttled").length).toBe(12 - checked);
    expect(await db.loginFailure.count({ where: { key: "account:koordinator@example.dk" } })).toBe(checked);
  });

  it("a successful sign-in leaves no failure behind for the account", async () => {
    await authenticate("koordinator@example.dk", "forkert", null);
    expect((await authenticate("koordinator@example.dk", "rigtig-kode-123", null)).ok).toBe(true);
    expect(await db.loginFailure.count()).toBe(0);
  });
});
