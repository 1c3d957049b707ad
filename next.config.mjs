import path from "node:path";
import { publicRewrites } from "./lib/cache/public-rewrites.mjs";
import { securityHeaders } from "./security-headers.mjs";

const nextConfig = {
  // The browser tests build into their own folder so they never replace the site's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // No ETag on pages: Next computes it by hashing the whole page on every response, which cost a cached
  // page a third of its throughput (docs/performance.md). Static files keep theirs (from size and time).
  generateEtags: false,
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
  // Several instances (docs/deploy.md): with REDIS_URL the page cache lives in Redis, shared by all of
  // them, and Next keeps no second copy in memory (it would serve a page another instance revalidated).
  // Without REDIS_URL, Next's own cache on disk and in memory, as before.
  ...(process.env.REDIS_URL ? { cacheHandler: path.join(import.meta.dirname, "lib/cache/shared-cache-handler.mjs"), cacheMaxMemorySize: 0 } : {}),
  // The filtered catalogue, the preselected interest form and /login for a signed-in browser, from
  // routes the page cache keeps (bounded: lib/cache/public-rewrites.mjs). Before the file system, so
  // /grupper?emne=sorg does not end at the plain /grupper page.
  async rewrites() {
    return { beforeFiles: publicRewrites(), afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
