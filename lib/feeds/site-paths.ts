// Which addresses search engines are told about (app/sitemap.ts) and kept away from (app/robots.ts).

/** The public pages besides the group pages. */
export const SITEMAP_PATHS = ["/", "/grupper", "/hvad-er-en-selvhjaelpsgruppe", "/bliv-medlem", "/interesse", "/privatliv"];

/**
 * Never indexed: the admin area, sign-in, one-time links (confirmations, invitations), members' own
 * pages, the private calendar feeds (/kalender/<token>.ics), the API, the page shown for unknown groups
 * and the internal addresses of the cached catalogue copies (/udvalg: the same pages as /grupper?…).
 */
export const ROBOTS_DISALLOW = ["/admin", "/login", "/bekraeft", "/invitation", "/min-side", "/kalender/", "/api", "/ukendt-gruppe", "/udvalg/"];
