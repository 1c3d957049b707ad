import { afterEach, describe, expect, it, vi } from "vitest";
import { seal, SealError, unseal } from "@/lib/email/seal";

const SECRET = "unit-test-secret-for-sealing";
const TEXT = "Hej Gitte\n\nVælg din adgangskode: https://selvhjaelp-herning.dk/invitation/hemmelig-token-123\n\nÆøå – venlig hilsen";

afterEach(() => vi.unstubAllEnvs());

describe("sealing the text of a mail with a secret link", () => {
  it("opens again with the same secret, and the sealed value shows nothing of the text", () => {
    const sealed = seal(TEXT, SECRET);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("hemmelig-token-123");
    expect(unseal(sealed, SECRET)).toBe(TEXT);
  });

  it("seals the same text differently each time (a fresh nonce)", () => {
    expect(seal(TEXT, SECRET)).not.toBe(seal(TEXT, SECRET));
  });

  it("does not open when one byte of the sealed value was changed", () => {
    const sealed = seal(TEXT, SECRET);
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    for (const at of [0, 12, 28, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[at] ^= 0x01;
      expect(() => unseal(`v1.${altered.toString("base64url")}`, SECRET), `byte ${at}`).toThrow(SealError);
    }
  });

  it("does not open with another secret", () => {
    expect(() => unseal(seal(TEXT, SECRET), "another-secret")).toThrow(SealError);
  });

  it("refuses values that are not sealed", () => {
    for (const value of ["", TEXT, "v1.", "v2.abc", "v1.c2hvcnQ", `${seal(TEXT, SECRET)}.x`]) expect(() => unseal(value, SECRET)).toThrow(SealError);
  });

  it("uses NEXTAUTH_SECRET by default, and says clearly when it is missing", () => {
    vi.stubEnv("NODE_ENV", "test");
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    expect(unseal(seal(TEXT))).toBe(TEXT);
    expect(unseal(seal(TEXT), SECRET)).toBe(TEXT);
    vi.stubEnv("NEXTAUTH_SECRET", "");
    expect(() => seal(TEXT)).toThrow(/NEXTAUTH_SECRET is not set/);
  });
});
