import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { ROBOTS_DISALLOW } from "@/lib/feeds/site-paths";

// The public site may be indexed; what may not is listed in lib/feeds/site-paths.ts.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ROBOTS_DISALLOW }],
    sitemap: new URL("/sitemap.xml", env().SITE_URL).toString(),
  };
}
