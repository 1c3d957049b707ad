// The HTTP headers every response gets (next.config.mjs headers()); a plain module so the unit test
// (tests/unit/security-headers.test.ts) and scripts/start.mjs read the same rules.

/**
 * Whether the site is served over https: the address email links and next-auth use says so.
 * @param {Record<string, string | undefined>} [env]
 */
export function servedOverHttps(env = process.env) {
  return /^https:\/\//i.test(env.NEXTAUTH_URL || env.SITE_URL || "");
}

/**
 * The Content-Security-Policy. Scripts: 'self' plus 'unsafe-inline', because the App Router writes
 * its bootstrap and page data as inline <script> tags (self.__next_f.push(…)). The only ways to avoid
 * 'unsafe-inline' are a per-request nonce — set in proxy.ts, which makes every page render
 * dynamically, so the cached public pages would be lost — or hashes, which differ per page and
 * build; Next 16's experimental.sri adds integrity to the external chunks only, and only in webpack
 * builds (this site builds with Turbopack). Everything else is locked down: no plugins, no foreign
 * origins, no framing, forms post only here. Development also needs 'unsafe-eval' (React's
 * debugging) and a websocket for hot reload.
 */
export function contentSecurityPolicy({ dev = false, https = false } = {}) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Next set style attributes and inject small style tags.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers for every path. HSTS only when the site is served over https (browsers ignore it on http anyway). */
export function securityHeaders({ dev = process.env.NODE_ENV === "development", https = servedOverHttps() } = {}) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev, https }) },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  ];
}

/** Why the production start should warn about the configured address, or null when it is fine. */
export function siteUrlWarning(url) {
  if (!url) return "NEXTAUTH_URL er ikke sat: links i mails peger på http://localhost.";
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `NEXTAUTH_URL (${url}) er ikke en gyldig adresse.`;
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(parsed.hostname);
  if (local) return `NEXTAUTH_URL er ${url}: links i mails (invitationer) peger på denne maskine, ikke på den offentlige adresse.`;
  if (parsed.protocol !== "https:") return `NEXTAUTH_URL er ${url} (http): login-cookies sendes ukrypteret, og HSTS er slået fra. Brug https.`;
  return null;
}
