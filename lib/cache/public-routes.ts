// Which public addresses whose content depends on the query string are answered from Next's page cache
// (ISR), and which are rendered per request. next.config.mjs's rewrites (lib/cache/public-rewrites.mjs)
// do the routing; this module says the same in TypeScript — tests/unit/public-rewrites.test.ts holds the
// two equal — and is what the internal pages and proxy.ts ask. Pure and safe anywhere: no database, no
// next/* imports.
//
// The set of cached copies is bounded, whatever a stranger sends: only exact filter values (the slugs
// of lib/groups/labels.ts), at most MAX_CACHED_FILTERS filters at once and pages up to MAX_CACHED_PAGE —
// 223 filter choices × 5 pages for the catalogue, 39 preselections for the interest form. A free-text
// search, more filters and later pages are rendered per request and store nothing. A request straight
// to an internal address goes on only when it is one of those copies (internalRouteAllowed).
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

/** A tidy query string as path segments: "emne=sorg&alder=voksne" → "/emne/sorg/alder/voksne" (the values need no escaping). */
function asSegments(query: string): string {
  return [...new URLSearchParams(query)].map(([k, v]) => `/${encodeURIComponent(k)}/${encodeURIComponent(v)}`).join("");
}

/** Path segments back as parameters, as they are (no decoding: a cached copy's values are plain slugs). */
function segmentParams(segments: readonly string[], most: number): URLSearchParams | null {
  if (segments.length === 0 || segments.length % 2 !== 0 || segments.length > 2 * most) return null;
  const params = new URLSearchParams();
  for (let i = 0; i < segments.length; i += 2) params.append(segments[i], segments[i + 1]);
  return params;
}

/**
 * Where a tidy /grupper?<params> is answered: a common filter from its cached copy, the rest from the
 * page that renders per request; an untidy address (unknown values, another spelling) is sent to its
 * tidy form by that page. (The rewrites also serve a cached copy for the same choice written in
 * another order, with extra parameters or with empty fields, as a form sends them: same key either way.)
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

/** The filter and page of a cached catalogue copy's path segments, or null when they are not exactly one of the copies. */
export function catalogueQueryOfSegments(segments: readonly string[]): { filter: CatalogueFilter; page: number } | null {
  const params = segmentParams(segments, MAX_CACHED_FILTERS + 1);
  if (!params) return null;
  const route = catalogueRoute(params);
  if (!route || !("rewrite" in route) || route.rewrite !== `${CACHED_CATALOGUE}/${segments.join("/")}`) return null;
  return { filter: parseCatalogueFilter(params), page: parseCataloguePage(params) };
}

/** /interesse?emne=…&alder=… with a known topic and/or age band → its cached copy; anything else is the plain form. */
export function interestRoute(params: URLSearchParams): Route {
  const topic = topicFromSlug(params.get("emne"));
  const ageBand = ageBandFromSlug(params.get("alder"));
  if (!topic && !ageBand) return null;
  return { rewrite: CACHED_INTEREST + asSegments(interestHref(topic, ageBand).split("?")[1]) };
}

/** The topic and age band of a cached interest copy's path segments, or null when they are not exactly one of the copies. */
export function interestChoiceOfSegments(segments: readonly string[]) {
  const params = segmentParams(segments, 2);
  if (!params) return null;
  const route = interestRoute(params);
  if (!route || !("rewrite" in route) || route.rewrite !== `${CACHED_INTEREST}/${segments.join("/")}`) return null;
  return { topic: topicFromSlug(params.get("emne")), ageBand: ageBandFromSlug(params.get("alder")) };
}

/**
 * Whether a request for an internal address may reach its page: the two pages rendered per request
 * (they store nothing), and a cached copy only when its path is exactly one of the bounded set. Anything
 * else would be rendered and kept by the page cache under a key of the sender's choosing.
 */
export function internalRouteAllowed(pathname: string): boolean {
  if (pathname === CATALOGUE_SEARCH || pathname === LOGIN_FOR_REQUEST) return true;
  const copy = (prefix: string) => (pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length + 1).split("/") : null);
  const catalogue = copy(CACHED_CATALOGUE);
  if (catalogue) return catalogueQueryOfSegments(catalogue) !== null;
  const interest = copy(CACHED_INTEREST);
  if (interest) return interestChoiceOfSegments(interest) !== null;
  return false;
}
