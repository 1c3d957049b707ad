/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

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
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
