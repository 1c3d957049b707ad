import { securityHeaders } from "./security-headers.mjs";

const nextConfig = {
  // The browser tests build into their own folder so they never replace the site's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Next's default, written out: proxy.ts answers a larger body with a Danish 413 (BODY_SIZE_LIMIT there).
    serverActions: { bodySizeLimit: "1mb" },
    // How much of a body Next copies for the proxy (default 10 MB). Above the limit by more than one
    // chunk, so the proxy can see a chunked body pass 1 MB, and no more held in memory than that.
    proxyClientMaxBodySize: "2mb",
  },
  // Content-Security-Policy, HSTS (on https only) and the rest: security-headers.mjs. Next computes
  // these when it builds: scripts/start.mjs builds with the NEXTAUTH_URL it serves under.
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
  // The internal routes under /udvalg (lib/cache/public-routes.ts) are reached only through proxy.ts's
  // rewrites: a request straight to one is sent away (redirects apply to the address asked for, before
  // the proxy), so nobody can make the page cache store a copy for a value of their own.
  // No rewrites here on purpose: Next compiles every rewrite rule again on each page request.
  async redirects() {
    return [
      { source: "/udvalg/interesse/:rest*", destination: "/interesse", permanent: false },
      { source: "/udvalg/login", destination: "/login", permanent: false },
      { source: "/udvalg/:rest*", destination: "/grupper", permanent: false },
    ];
  },
};

export default nextConfig;
