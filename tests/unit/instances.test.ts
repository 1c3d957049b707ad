import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { instanceMode, sharedSettingProblems } from "../../scripts/instances.mjs";

const complete = {
  DATABASE_URL: "postgresql://selvhjaelp@127.0.0.1:5432/selvhjaelp",
  REDIS_URL: "redis://127.0.0.1:6379",
  NEXTAUTH_SECRET: "a-shared-secret",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
  NEXTAUTH_URL: "https://selvhjaelp-herning.dk",
};

describe("one machine or several instances (scripts/instances.mjs)", () => {
  it("is several instances with INSTANCES=multi or, unset, with REDIS_URL; one machine otherwise", () => {
    expect(instanceMode({})).toBe("single");
    expect(instanceMode({ REDIS_URL: "redis://127.0.0.1:6379" })).toBe("multi");
    expect(instanceMode({ INSTANCES: "multi" })).toBe("multi");
    expect(instanceMode({ INSTANCES: " Multi " })).toBe("multi");
    expect(instanceMode({ INSTANCES: "single", REDIS_URL: "redis://127.0.0.1:6379" })).toBe("single");
    expect(instanceMode({ INSTANCES: "2" })).toMatchObject({ da: expect.stringContaining("INSTANCES=multi") });
  });

  it("finds nothing missing when every shared setting is there", () => {
    expect(sharedSettingProblems(complete)).toEqual([]);
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: "" }, "PostgreSQL"],
    ["a SQLite DATABASE_URL", { DATABASE_URL: "file:./data/site.db" }, "PostgreSQL"],
    ["REDIS_URL", { REDIS_URL: "" }, "REDIS_URL er ikke sat"],
    ["NEXTAUTH_SECRET", { NEXTAUTH_SECRET: "  " }, "NEXTAUTH_SECRET er ikke sat"],
    ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "" }, "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY er ikke sat"],
    ["a key that is no AES key", { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "hemmelig" }, "ikke en AES-nøgle"],
    ["NEXTAUTH_URL", { NEXTAUTH_URL: undefined }, "NEXTAUTH_URL er ikke sat"],
  ])("names a missing %s, in Danish and in English", (_what, change, danish) => {
    const problems = sharedSettingProblems({ ...complete, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0].da).toContain(danish);
    expect(problems[0].en.length).toBeGreaterThan(10);
  });
});
