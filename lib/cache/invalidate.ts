// What a write changed, and which cached pages show it: the one place that knows. Commands declare
// their changes (lib/command/define.ts); the pipeline turns them into revalidations after commit.
export type Change =
  | { kind: "group"; id: string; slug?: string | null }
  | { kind: "application"; id: string }
  | { kind: "member"; id: string }
  | { kind: "members" }
  | { kind: "facilitator"; id: string }
  | { kind: "users" }
  | { kind: "interest" }
  | { kind: "content"; slug: string }
  | { kind: "settings" }
  /** A topic made, renamed, moved, retired or restored: its label and the public choices show across the site. */
  | { kind: "topics" }
  /** A venue made, edited, retired, restored or deleted: its groups' pages, cards, calendars and feed entries show it. */
  | { kind: "venues" }
  | { kind: "outbox" }
  | { kind: "audit" }
  /** A user's private calendar feed link (made, remade or revoked): the feed itself is never cached. */
  | { kind: "calendar-feed" };

export type Revalidation = { path: string; type?: "layout" | "page" };

/**
 * The cached copies of the catalogue's common filters (lib/cache/public-routes.ts): one route pattern,
 * revalidated as a whole, since any group change can move a group in or out of any filter. Written with
 * its route group, as Next tags a page by its file's path (app/(public)/udvalg/grupper/[...filter]/page.tsx):
 * without "(public)" the revalidation matches nothing.
 */
export const CACHED_CATALOGUE_ROUTE = "/(public)/udvalg/grupper/[...filter]";

/** The pages to revalidate for a set of changes, each once. Pure, so it can be tested. */
export function revalidationsFor(changes: readonly Change[]): Revalidation[] {
  const out = new Map<string, Revalidation>();
  const add = (path: string, type?: "layout" | "page") => out.set(`${type ?? ""}:${path}`, { path, ...(type ? { type } : {}) });
  for (const c of changes) {
    switch (c.kind) {
      case "group":
        add("/grupper");
        add(CACHED_CATALOGUE_ROUTE, "page");
        // A concrete URL is revalidated as it is; the "layout"/"page" type applies to route patterns only.
        if (c.slug) {
          add(`/grupper/${c.slug}`);
          add(`/grupper/${c.slug}/ansoeg`);
          add(`/grupper/${c.slug}/kalender.ics`);
        }
        // The open-data feed and the sitemap list every group that has not ended.
        add("/grupper.json");
        add("/sitemap.xml");
        add("/admin", "layout");
        break;
      case "application":
      case "member":
      case "members":
      case "facilitator":
      case "users":
      case "interest":
      case "outbox":
      case "audit":
      case "calendar-feed":
        // Admin pages render per request; revalidating the admin layout refreshes the caller's view.
        add("/admin", "layout");
        break;
      case "content":
        add(`/${c.slug}`);
        add("/admin", "layout");
        break;
      case "settings":
        // Fees, payment details and limits show across the site.
        add("/", "layout");
        break;
      case "topics":
      case "venues":
        // Labels (and venues) show on every group's page, card, calendar file and feed entry, the choices on the front
        // page, the catalogue and the forms: every page. The feed and the sitemap are named as well.
        add("/", "layout");
        add("/grupper.json");
        add("/sitemap.xml");
        break;
    }
  }
  return [...out.values()];
}

/** The cache tags (unstable_cache) to expire for a set of changes, each once. Pure. */
export function tagsFor(changes: readonly Change[]): string[] {
  return [...new Set(changes.flatMap((c) => (c.kind === "topics" ? [TOPICS_TAG] : [])))];
}

/** The tag of the cached topic list (lib/topics/cache.ts). */
export const TOPICS_TAG = "topics";
