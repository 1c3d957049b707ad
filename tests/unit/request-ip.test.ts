import { describe, expect, it } from "vitest";
import { forwardedClientIp } from "@/lib/request-ip";

const trusted = { trustProxy: true, hops: 1 };

describe("the caller's address", () => {
  it("without TRUST_PROXY trusts no forwarded header", () => {
    expect(forwardedClientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }), { trustProxy: false, hops: 1 })).toBeNull();
    expect(forwardedClientIp({ "x-forwarded-for": "203.0.113.9" }, { trustProxy: false, hops: 1 })).toBeNull();
  });

  it("with TRUST_PROXY is the rightmost entry — what the nearest proxy saw — never the client-written leftmost", () => {
    const forged = "1.1.1.1, 203.0.113.9";
    expect(forwardedClientIp(new Headers({ "x-forwarded-for": forged }), trusted)).toBe("203.0.113.9");
    // next-auth hands authorize() the headers as a plain object: the same answer.
    expect(forwardedClientIp({ "x-forwarded-for": forged }, trusted)).toBe("203.0.113.9");
    expect(forwardedClientIp({ "x-forwarded-for": ["1.1.1.1", "203.0.113.9"] }, trusted)).toBe("203.0.113.9");
  });

  it("skips the configured number of trusted hops", () => {
    expect(forwardedClientIp({ "x-forwarded-for": "1.1.1.1, 203.0.113.9, 10.0.0.2" }, { trustProxy: true, hops: 2 })).toBe("203.0.113.9");
    expect(forwardedClientIp({ "x-forwarded-for": "10.0.0.2" }, { trustProxy: true, hops: 2 })).toBeNull();
  });

  it("counts anything but an IP address as unknown", () => {
    expect(forwardedClientIp({ "x-forwarded-for": "1.1.1.1, x".repeat(1000) }, trusted)).toBeNull();
    expect(forwardedClientIp({ "x-forwarded-for": "" }, trusted)).toBeNull();
    expect(forwardedClientIp({}, trusted)).toBeNull();
    expect(forwardedClientIp({ "x-forwarded-for": "2001:db8::1" }, trusted)).toBe("2001:db8::1");
  });
});
