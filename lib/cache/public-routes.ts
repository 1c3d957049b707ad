// Which public addresses whose content depends on the query string are answered from Next's page cache
// (ISR), and which are rendered per request. proxy.ts asks these functions and rewrites to internal
// routes under INTERNAL_PREFIX; next.config.mjs redirects a request straight to one of those away.
// Pure and safe anywhere: no database, no next/* imports.
//
// The set of cached copies is bounded, whatever a stranger sends: only exact filter values (the slugs
// of lib/groups/labels.ts), at most MAX_CACHED_FILTERS filters at once and pages up to MAX_CACHED_PAGE —
// 223 filter choices × 5 pages for the catalogue, 39 preselections for the interest form. A free-text
// search, more filters and later pages are rendered per request and store nothing.
import { catalogueHref, catalogueQueryString, parseCataloguePage, parseCatalogueFilter, type CatalogueFilter } from "@/lib/groups/filters";
import { ageBandFromSlug, interestHref, topicFromSlug } from "@/lib/interest/links";

export const INTERNAL_PREFIX = "/udvalg";
export const MAX_CACHED_FILTERS = 2;
export const MAX_CACHED_PAGE = 5;

/** The catalogue's cached copies, one route (revalidated as a whole by lib/cache/invalidate.ts). */
export const CACHED_CATALOGUE = `${INTERNAL_PREFIX}/grupper`;
/** The catalogue rendered per request (a search, more filters, a later page). */
export const CATALOGUE_SEARCH = `${INTERNAL_PREFIX}/soeg`;
export const CACHED_INTEREST = `${INTERNAL_PREFIX}/interesse`;
/** /login rendered per request: for a browser with a session cookie, or a link with a callback address or an error. */
export const LOGIN_FOR_REQUEST = `${INTERNAL_PREFIX}/login`;

export type Route = { redirect: string } | { rewrite: string } | null;

function filterCount(filter: CatalogueFilter): number {
  return [filter.topic, filter.ageBand, filter.weekday, filter.openOnly || undefined, filter.state].filter((v) => v !== undefined).length;
}

/** A tidy query string as path segments: "emne=sorg&alder=voksne" → "/emne/sorg/alder/voksne". */
function asSegments(query: string): string {
  return [...new URLSearchParams(query)].map(([k, v]) => `/${encodeURIComponent(k)}/${encodeURIComponent(v)}`).join("");
}

/**
 * Where /grupper?<params> is answered: an untidy address is sent to its tidy form (a form sends empty
 * fields; a hand-edited link may carry unknown values); a common filter goes to its cached copy; the
 * rest to the page that renders per request.
 */
export function catalogueRoute(params: URLSearchParams): Route {
  const filter = parseCatalogueFilter(params);
  const page = parseCataloguePage(params);
  const tidy = catalogueQueryString(filter, page);
  if (params.toString() !== tidy) return { redirect: catalogueHref(filter, page) };
  if (tidy === "") return null;
  if (!filter.q && filterCount(filter) <= MAX_CACHED_FILTERS && page <= MAX_CACHED_PAGE) return { rewrite: CACHED_CATALOGUE + asSegments(tidy) };
  return { rewrite: `${CATALOGUE_SEARCH}?${tidy}` };
}

/** The tidy query string of a cached catalogue copy's path segments, or null when they are not one. */
export function catalogueQueryOfSegments(segments: readonly string[]): { filter: CatalogueFilter; page: number } | null {
  if (segments.length === 0 || segments.length % 2 !== 0) return null;
  const params = new URLSearchParams();
  for (let i = 0; i < segments.length; i += 2) params.append(decodeURIComponent(segments[i]), decodeURIComponent(segments[i + 1]));
  const route = catalogueRoute(params);
  return route && "rewrite" in route && route.rewrite.startsWith(`${CACHED_CATALOGUE}/`)
    ? { filter: parseCatalogueFilter(params), page: parseCataloguePage(params) }
    : null;
}

/** /interesse?emne=…&alder=… with a known topic and/or age band → its cached copy; anything else is the plain form. */
export function interestRoute(params: URLSearchParams): Route {
  const topic = topicFromSlug(params.get("emne"));
  const ageBand = ageBandFromSlug(params.get("alder"));
  if (!topic && !ageBand) return null;
  return { rewrite: CACHED_INTEREST + asSegments(interestHref(topic, ageBand).split("?")[1]) };
}

/** The topic and age band of a cached interest copy's path segments, or null when they are not one. */
export function interestChoiceOfSegments(segments: readonly string[]) {
  if (segments.length === 0 || segments.length % 2 !== 0) return null;
  const params = new URLSearchParams();
  for (let i = 0; i < segments.length; i += 2) params.append(segments[i], segments[i + 1]);
  const route = interestRoute(params);
  if (!route || !("rewrite" in route) || route.rewrite !== CACHED_INTEREST + asSegments(params.toString())) return null;
  return { topic: topicFromSlug(params.get("emne")), ageBand: ageBandFromSlug(params.get("alder")) };
}
