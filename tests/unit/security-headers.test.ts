import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.mjs";
import { contentSecurityPolicy, securityHeaders, servedOverHttps, siteUrlWarning } from "../../security-headers.mjs";

const byKey = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.key, h.value]));
const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe("security headers", () => {
  it("next.config.mjs sends them on every path, with a Content-Security-Policy", async () => {
    const rules = await nextConfig.headers!();
    expect(rules).toHaveLength(1);
    expect(rules[0].source).toBe("/:path*");
    const headers = byKey(rules[0].headers);
    expect(headers["Content-Security-Policy"]).toBeTruthy();
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\)/);
  });

  it("the policy allows only this origin and no plugins, framing, foreign forms or base tags", () => {
    const csp = directives(contentSecurityPolicy({ dev: false, https: true }));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    // Next's inline bootstrap scripts need 'unsafe-inline' without a nonce; never eval in production.
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(true);
    for (const [, values] of csp) for (const v of values) expect(v).not.toMatch(/^(\*|https?:|http:\/\/)/);
  });

  it("development adds only eval and the hot-reload socket", () => {
    const csp = directives(contentSecurityPolicy({ dev: true, https: false }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("connect-src")).toEqual(["'self'", "ws:", "wss:"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("HSTS only when the site is served over https", () => {
    expect(byKey(securityHeaders({ dev: false, https: true }))["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(byKey(securityHeaders({ dev: false, https: false }))["Strict-Transport-Security"]).toBeUndefined();
    expect(servedOverHttps({ NEXTAUTH_URL: "https://selvhjaelp-herning.dk" })).toBe(true);
    expect(servedOverHttps({ SITE_URL: "https://selvhjaelp-herning.dk" })).toBe(true);
    expect(servedOverHttps({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(servedOverHttps({})).toBe(false);
  });

  it("the production start warns about an http or local address", () => {
    expect(siteUrlWarning("http://localhost:3000")).toMatch(/denne maskine/);
    expect(siteUrlWarning("https://127.0.0.1")).toMatch(/denne maskine/);
    expect(siteUrlWarning("http://selvhjaelp-herning.dk")).toMatch(/https/);
    expect(siteUrlWarning(undefined)).toMatch(/ikke sat/);
    expect(siteUrlWarning("https://selvhjaelp-herning.dk")).toBeNull();
  });
});
