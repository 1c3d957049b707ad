import { beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { applyToGroup, becomeMember } from "@/lib/signup/actions";
import { registerInterest } from "@/lib/interest/actions";
import { RATE_LIMIT_MAX, takeRateLimit } from "@/lib/rate-limit";
import { createGroup } from "../helpers/fixtures";
import { setClientIp } from "../helpers/request";
import { applicationForm, clearSignupTables, expectRedirect, interestForm, memberForm, writtenCounts } from "../helpers/signup-fixtures";

const LIMITED = /mange indsendelser/;

describe("rate limit on the public forms", () => {
  beforeEach(clearSignupTables);

  it("refuses the sixth submission from one IP within ten minutes, with a friendly message and nothing written", async () => {
    setClientIp("198.51.100.7");
    for (let i = 0; i < RATE_LIMIT_MAX; i++) await expectRedirect(becomeMember(null, memberForm({ email: `person${i}@example.dk` })));
    const before = await writtenCounts();
    const result = await becomeMember(null, memberForm({ email: "endnu-en@example.dk" }));
    expect(result).toEqual({ ok: false, code: "RATE_LIMITED", message: expect.stringMatching(LIMITED) });
    expect(await writtenCounts()).toEqual(before);

    setClientIp("198.51.100.8");
    await expectRedirect(becomeMember(null, memberForm({ email: "endnu-en@example.dk" })));
  });

  it("refuses the sixth submission for one email, whatever the IP", async () => {
    const groups = await Promise.all(Array.from({ length: RATE_LIMIT_MAX + 1 }, () => createGroup()));
    for (let i = 0; i < RATE_LIMIT_MAX; i++) {
      setClientIp(`192.0.2.${i + 1}`);
      await expectRedirect(applyToGroup(null, applicationForm(groups[i].id)));
    }
    setClientIp("192.0.2.200");
    const result = await applyToGroup(null, applicationForm(groups[RATE_LIMIT_MAX].id, { email: "METTE@example.dk" }));
    expect(result).toEqual({ ok: false, code: "RATE_LIMITED", message: expect.stringMatching(LIMITED) });
    expect(await db.application.count()).toBe(RATE_LIMIT_MAX);
  });

  it("limits the interest list the same way", async () => {
    setClientIp("198.51.100.9");
    for (let i = 0; i < RATE_LIMIT_MAX; i++) await expectRedirect(registerInterest(null, interestForm({ email: `p${i}@example.dk` })));
    expect(await registerInterest(null, interestForm({ email: "ny@example.dk" }))).toEqual({
      ok: false,
      code: "RATE_LIMITED",
      message: expect.stringMatching(LIMITED),
    });
  });

  it("lets exactly five of twenty simultaneous submissions for one email through, whatever their addresses", async () => {
    const calls = Array.from({ length: 20 }, (_, i) => {
      setClientIp(`203.0.113.${100 + i}`);
      return becomeMember(null, memberForm({ email: "samtidig@example.dk" })).then(
        (result) => ({ accepted: false, code: !result.ok ? result.code : "OK" }),
        (error: Error) => {
          if (!/NEXT_REDIRECT/.test(error.message)) throw error;
          return { accepted: true, code: "REDIRECT" };
        },
      );
    });
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.accepted)).toHaveLength(RATE_LIMIT_MAX);
    expect(results.filter((r) => r.code === "RATE_LIMITED")).toHaveLength(20 - RATE_LIMIT_MAX);
    expect(await db.rateLimitHit.count({ where: { key: { contains: ":email:" } } })).toBe(RATE_LIMIT_MAX);
    expect(await db.member.count()).toBe(1);
  });

  it("counts and inserts in one step: twenty simultaneous takes on one key admit exactly five", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => takeRateLimit(["t:email:samme"])));
    expect(results.filter((r) => r.ok)).toHaveLength(RATE_LIMIT_MAX);
    expect(await db.rateLimitHit.count({ where: { key: "t:email:samme" } })).toBe(RATE_LIMIT_MAX);
  });

  it("stores a SHA-256 hash of the email in the key, never the address", async () => {
    await expectRedirect(becomeMember(null, memberForm({ email: "hemmelig@example.dk" })));
    const keys = (await db.rateLimitHit.findMany({ select: { key: true } })).map((h) => h.key);
    expect(keys.join(" ")).not.toContain("hemmelig");
    expect(keys).toContain(`member:email:${createHash("sha256").update("hemmelig@example.dk").digest("hex")}`);
  });

  it("forgets submissions older than the window", async () => {
    const old = new Date(Date.now() - 11 * 60_000);
    await db.rateLimitHit.createMany({ data: Array.from({ length: RATE_LIMIT_MAX }, () => ({ key: "t:ip:1", createdAt: old })) });
    expect(await takeRateLimit(["t:ip:1"])).toEqual({ ok: true });
    expect(await db.rateLimitHit.count({ where: { key: "t:ip:1" } })).toBe(1);
  });
});
