import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { takeAttempt } from "@/lib/auth/failures";
import { authenticate, LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_ACCOUNT, LOGIN_MAX_FAILURES_PER_IP } from "@/lib/auth/login";
import { hashingLoad, hashPassword, MAX_CONCURRENT_HASHES, MAX_WAITING_SIGN_INS } from "@/lib/auth/password";
import { purgeOnStart } from "@/lib/privacy/retention-data";

const EMAIL = "koordinator@example.dk";
const digest = (email: string) => createHash("sha256").update(email).digest("hex");
const ACCOUNT = `account:${digest(EMAIL)}`;
const pair = (ip: string) => `pair:${digest(EMAIL)}:${ip}`;
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe("sign-in with throttling", () => {
  beforeEach(async () => {
    await db.loginFailure.deleteMany();
    await db.user.deleteMany();
    await db.user.create({ data: { email: EMAIL, name: "Koordinator", role: "ADMIN", passwordHash: await hashPassword("rigtig-kode-123") } });
  });

  it("accepts the right password, case-insensitively on the email", async () => {
    const result = await authenticate("Koordinator@Example.dk", "rigtig-kode-123", "1.2.3.4");
    expect(result.ok).toBe(true);
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await authenticate(EMAIL, "forkert", "1.2.3.4")).toEqual({ ok: false, code: "CredentialsSignin" });
    expect(await authenticate("ukendt@example.dk", "forkert", "1.2.3.4")).toEqual({ ok: false, code: "CredentialsSignin" });
  });

  it("keys failures by a SHA-256 hash of the normalised email, never the address", async () => {
    await authenticate(" Koordinator@EXAMPLE.dk ", "forkert", "1.2.3.4");
    const keys = (await db.loginFailure.findMany({ select: { key: true } })).map((r) => r.key).sort();
    expect(keys).toEqual(["ip:1.2.3.4", ACCOUNT, pair("1.2.3.4")].sort());
    expect(keys.join(" ")).not.toMatch(/koordinator|example/i);
  });

  it.each([
    ["a 5 MB email", "x".repeat(5_000_000) + "@example.dk", "forkert"],
    ["a 255-character email", "x".repeat(244) + "@example.dk", "forkert"],
    ["a text that is no email", "ikke en email", "forkert"],
    ["a password over 200 characters", EMAIL, "x".repeat(201)],
    ["a 1 MB password", EMAIL, "x".repeat(1_000_000)],
    ["no strings at all", { a: 1 }, ["x"]],
  ])("refuses %s before writing anything or hashing", async (_what, email, password) => {
    const started = Date.now();
    expect(await authenticate(email, password, "1.2.3.4")).toEqual({ ok: false, code: "CredentialsSignin" });
    expect(await db.loginFailure.count()).toBe(0);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it("locks the account and address pair after five failures, even with the right password — but not the account elsewhere", async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await authenticate(EMAIL, "forkert", "10.0.0.1");
    expect(await authenticate(EMAIL, "rigtig-kode-123", "10.0.0.1")).toEqual({ ok: false, code: "Throttled" });
    expect((await authenticate(EMAIL, "rigtig-kode-123", "10.0.0.2")).ok).toBe(true);
  });

  it("a stranger's failures from many addresses do not lock the account out below the account threshold", async () => {
    await db.loginFailure.createMany({ data: Array.from({ length: LOGIN_MAX_FAILURES_PER_ACCOUNT - 1 }, () => ({ key: ACCOUNT })) });
    expect((await authenticate(EMAIL, "rigtig-kode-123", "10.0.1.1")).ok).toBe(true);
    expect((await authenticate(EMAIL, "rigtig-kode-123", null)).ok).toBe(true);
  });

  it("locks the account alone at the much higher threshold, whatever the address", async () => {
    await db.loginFailure.createMany({ data: Array.from({ length: LOGIN_MAX_FAILURES_PER_ACCOUNT }, () => ({ key: ACCOUNT })) });
    expect(await authenticate(EMAIL, "rigtig-kode-123", "10.0.1.1")).toEqual({ ok: false, code: "Throttled" });
    expect(await authenticate(EMAIL, "rigtig-kode-123", null)).toEqual({ ok: false, code: "Throttled" });
  });

  it("locks an IP after many failures across accounts", async () => {
    await db.loginFailure.createMany({ data: Array.from({ length: LOGIN_MAX_FAILURES_PER_IP }, () => ({ key: "ip:9.9.9.9" })) });
    expect(await authenticate(EMAIL, "rigtig-kode-123", "9.9.9.9")).toEqual({ ok: false, code: "Throttled" });
    expect((await authenticate(EMAIL, "rigtig-kode-123", "8.8.8.8")).ok).toBe(true);
  });

  it("refuses a deactivated account", async () => {
    await db.user.update({ where: { email: EMAIL }, data: { active: false } });
    expect((await authenticate(EMAIL, "rigtig-kode-123", "1.2.3.4")).ok).toBe(false);
  });

  it("without a trusted IP five wrong guesses by anyone lock nobody out", async () => {
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await authenticate(EMAIL, "forkert", null);
    expect((await authenticate(EMAIL, "rigtig-kode-123", null)).ok).toBe(true);
    expect(await db.loginFailure.count({ where: { key: { startsWith: "ip:" } } })).toBe(0);
  });

  it("keeps the lock for 15 minutes after the fifth failure, even when the failures were spread out", async () => {
    await db.loginFailure.createMany({ data: [14, 11, 8, 5, 2].map((m) => ({ key: pair("1.2.3.4"), createdAt: minutesAgo(m) })) });
    expect(await authenticate(EMAIL, "rigtig-kode-123", "1.2.3.4")).toEqual({ ok: false, code: "Throttled" });
  });

  it("lifts the lock 15 minutes after the last failure", async () => {
    await db.loginFailure.createMany({ data: [20, 19, 18, 17, 16].map((m) => ({ key: pair("1.2.3.4"), createdAt: minutesAgo(m) })) });
    expect((await authenticate(EMAIL, "rigtig-kode-123", "1.2.3.4")).ok).toBe(true);
  });

  it("does not lock when five failures are spread over more than 15 minutes", async () => {
    await db.loginFailure.createMany({ data: [25, 12, 9, 5, 1].map((m) => ({ key: pair("1.2.3.4"), createdAt: minutesAgo(m) })) });
    expect((await authenticate(EMAIL, "rigtig-kode-123", "1.2.3.4")).ok).toBe(true);
  });

  it("deletes failures too old to lock anything on each attempt and in the retention purge", async () => {
    await db.loginFailure.createMany({ data: [31, 45, 600].map((m) => ({ key: "ip:7.7.7.7", createdAt: minutesAgo(m) })) });
    await db.loginFailure.create({ data: { key: "ip:7.7.7.7", createdAt: minutesAgo(29) } });
    await authenticate("ukendt@example.dk", "forkert", null);
    expect(await db.loginFailure.count({ where: { key: "ip:7.7.7.7" } })).toBe(1);
    await db.loginFailure.createMany({ data: [31, 600].map((m) => ({ key: "ip:6.6.6.6", createdAt: minutesAgo(m) })) });
    await purgeOnStart();
    expect(await db.loginFailure.count({ where: { key: "ip:6.6.6.6" } })).toBe(0);
  });

  it("counts and records in one step: twenty simultaneous attempts on one key, five allowed, get exactly five through", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => takeAttempt([{ key: "ip:4.4.4.4|samtidig", max: 5 }])));
    expect(results.filter((r) => r !== null)).toHaveLength(5);
    expect(await db.loginFailure.count({ where: { key: "ip:4.4.4.4|samtidig" } })).toBe(5);
  });

  it("lets at most five of many simultaneous wrong attempts from one address be checked", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => authenticate(EMAIL, "forkert", "5.5.5.5")));
    const checked = results.filter((r) => !r.ok && r.code === "CredentialsSignin").length;
    expect(checked).toBeLessThanOrEqual(LOGIN_MAX_FAILURES);
    // The rest were refused unchecked: locked, or (beyond the hashing queue) busy.
    expect(results.filter((r) => !r.ok && (r.code === "Throttled" || r.code === "Busy")).length).toBe(10 - checked);
    expect(await db.loginFailure.count({ where: { key: pair("5.5.5.5") } })).toBe(checked);
  });

  it("hashes at most MAX_CONCURRENT_HASHES passwords at once and refuses sign-ins beyond the waiting queue as busy", async () => {
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, hashingLoad().active)), 1);
    const n = MAX_CONCURRENT_HASHES + MAX_WAITING_SIGN_INS + 4;
    try {
      const results = await Promise.all(Array.from({ length: n }, (_, i) => authenticate(`ukendt${i}@example.dk`, "forkert", `10.2.0.${i}`)));
      expect(results.filter((r) => !r.ok && r.code === "Busy").length).toBeGreaterThanOrEqual(4);
      expect(results.filter((r) => !r.ok && r.code === "CredentialsSignin").length).toBeLessThanOrEqual(n - 4);
      // A refused-as-busy attempt wrote nothing.
      expect(await db.loginFailure.count({ where: { key: { startsWith: "ip:" } } })).toBeLessThanOrEqual(n - 4);
    } finally {
      clearInterval(timer);
    }
    expect(peak).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES);
    expect(hashingLoad()).toEqual({ active: 0, waiting: 0 });
  });

  it("a successful sign-in leaves no failure behind for the account", async () => {
    await authenticate(EMAIL, "forkert", null);
    await authenticate(EMAIL, "forkert", "1.2.3.4");
    expect((await authenticate(EMAIL, "rigtig-kode-123", "1.2.3.4")).ok).toBe(true);
    expect(await db.loginFailure.count({ where: { key: { not: { startsWith: "ip:" } } } })).toBe(0);
  });
});

describe("the server log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gets nothing a caller typed from sign-in", async () => {
    const lines: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
    }
    await authenticate("hemmelig-adresse@example.dk", "hemmelig-kode", "1.2.3.4");
    await authenticate("x".repeat(300) + "hemmelig", "hemmelig-kode", "1.2.3.4");
    expect(lines.join("\n")).not.toMatch(/hemmelig/);
  });
});
