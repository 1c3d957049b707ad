import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { listSitemapGroups } from "@/lib/feeds/data";
import { SITEMAP_PATHS } from "@/lib/feeds/site-paths";

// The public pages and every group page that has not ended; never the admin area, sign-in or links
// with tokens. Prerendered and revalidated with the groups (lib/cache/invalidate.ts).
export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = env().SITE_URL;
  const groups = await listSitemapGroups();
  return [
    ...SITEMAP_PATHS.map((path) => ({ url: new URL(path, site).toString() })),
    ...groups.map((g) => ({ url: new URL(`/grupper/${encodeURIComponent(g.slug)}`, site).toString(), lastModified: g.updatedAt })),
  ];
}
