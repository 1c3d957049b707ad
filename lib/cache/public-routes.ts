// Which public addresses whose content depends on the query string are answered from Next's page cache
// (ISR), and which are rendered per request. next.config.mjs's rewrites (lib/cache/public-rewrites.mjs)
// do the routing; this module says the same in TypeScript — tests/unit/public-rewrites.test.ts holds the
// two equal — and is what the internal pages and proxy.ts ask. Pure and safe anywhere: no database, no
// next/* imports.
//
// The set of cached copies is bounded, whatever a stranger sends: only exact filter values (the slugs
// lib/cache/public-rewrites.mjs lists), at most MAX_CACHED_FILTERS filters at once and pages up to
// MAX_CACHED_PAGE — 223 filter choices × 5 pages for the catalogue, 39 preselections for the interest
// form. A free-text search, more filters and later pages are rendered per request and store nothing. A
// request straight to an internal address goes on only when it is one of those copies (internalRouteAllowed).
//
// Topics are data (lib/topics/), but the rewrites are made at build time: they know the slugs of the
// topics an installation starts with (the topics-as-data migration's rows). Which address is a cached
// copy therefore depends on those slugs alone (BUILT_TOPICS); what a copy shows is decided by its page
// with the topics in use. A topic added later is filtered on by the pages rendered per request; a copy
// whose topic has been retired or renamed sends the visitor on to the tidy address of the rest.
import { catalogueHref, catalogueQueryString, parseCataloguePage, parseCatalogueFilter, type CatalogueFilter } from "@/lib/groups/filters";
import { ageBandFromSlug, interestHref, topicFromSlug } from "@/lib/interest/links";
import type { TopicKey, TopicList } from "@/lib/topics/topics";
import type { AgeBandValue } from "@/lib/groups/labels";
import { SLUGS } from "./public-rewrites.mjs";

export const INTERNAL_PREFIX = "/udvalg";
export const MAX_CACHED_FILTERS = 2;
export const MAX_CACHED_PAGE = 5;

/** The catalogue's cached copies, one route (revalidated as a whole by lib/cache/invalidate.ts). */
export const CACHED_CATALOGUE = `${INTERNAL_PREFIX}/grupper`;
/** The catalogue rendered per request (a search, more filters, a later page). */
export const CATALOGUE_SEARCH = `${INTERNAL_PREFIX}/soeg`;
export const CACHED_INTEREST = `${INTERNAL_PREFIX}/interesse`;
/** The interest form rendered per request: a topic the rewrites do not know (added after the build, or no topic at all). */
export const INTEREST_FOR_REQUEST = `${INTERNAL_PREFIX}/interesse-valg`;
/** /login rendered per request: for a browser with a session cookie, or a link with a callback address or an error. */
export const LOGIN_FOR_REQUEST = `${INTERNAL_PREFIX}/login`;

export type Route = { redirect: string } | { rewrite: string } | null;

/** The topics the rewrites were built with, each as if in use: the shape of the cached copies. */
const BUILT_TOPICS: TopicList = SLUGS.emne.map((slug) => ({ key: slug, slug, label: slug, description: "", retired: false }));

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
 * Where a tidy /grupper?<params> is answered, with the topics in use: a common filter from its cached
 * copy (when the rewrites know its topic), the rest from the page that renders per request; an untidy
 * address (unknown values, another spelling) is sent to its tidy form by that page. (The rewrites also
 * serve a cached copy for the same choice written in another order, with extra parameters or with empty
 * fields, as a form sends them: same key either way.)
 */
export function catalogueRoute(params: URLSearchParams, topics: TopicList): Route {
  const filter = parseCatalogueFilter(params, topics);
  const page = parseCataloguePage(params);
  const tidy = catalogueQueryString(filter, page);
  if (params.toString() !== tidy) return { redirect: catalogueHref(filter, page) };
  if (tidy === "") return null;
  const known = !filter.topic || SLUGS.emne.includes(filter.topic.slug);
  if (known && !filter.q && filterCount(filter) <= MAX_CACHED_FILTERS && page <= MAX_CACHED_PAGE)
    return { rewrite: CACHED_CATALOGUE + asSegments(tidy) };
  return { rewrite: `${CATALOGUE_SEARCH}?${tidy}` };
}

/** Whether path segments are exactly one of the cached catalogue copies. */
function isCatalogueCopy(segments: readonly string[]): URLSearchParams | null {
  const params = segmentParams(segments, MAX_CACHED_FILTERS + 1);
  if (!params) return null;
  const route = catalogueRoute(params, BUILT_TOPICS);
  return route && "rewrite" in route && route.rewrite === `${CACHED_CATALOGUE}/${segments.join("/")}` ? params : null;
}

/**
 * What a cached catalogue copy shows, with the topics in use: its filter and page, or where to send the
 * visitor when its topic is no longer in use (the tidy address of the rest), or null when the segments
 * are not one of the copies.
 */
export function catalogueCopyOfSegments(
  segments: readonly string[],
  topics: TopicList,
): { filter: CatalogueFilter; page: number } | { redirect: string } | null {
  const params = isCatalogueCopy(segments);
  if (!params) return null;
  const filter = parseCatalogueFilter(params, topics);
  const page = parseCataloguePage(params);
  if (catalogueQueryString(filter, page) !== params.toString()) return { redirect: catalogueHref(filter, page) };
  return { filter, page };
}

/**
 * Where the rewrites send /interesse?emne=…&alder=…: a topic they know (with a known age band or not) or
 * a known age band alone to its cached copy, any other topic to the form rendered per request, and
 * nothing they know to the plain, static form (null).
 */
export function interestRoute(params: URLSearchParams): Route {
  const emne = params.get("emne") || undefined;
  const known = emne !== undefined && SLUGS.emne.includes(emne) ? BUILT_TOPICS.find((t) => t.slug === emne) : undefined;
  const ageBand = ageBandFromSlug(params.get("alder"));
  if (emne !== undefined && !known) return { rewrite: INTEREST_FOR_REQUEST };
  if (!known && !ageBand) return null;
  return { rewrite: CACHED_INTEREST + asSegments(interestHref(known, ageBand).split("?")[1]) };
}

/** Whether path segments are exactly one of the cached interest copies. */
function isInterestCopy(segments: readonly string[]): URLSearchParams | null {
  const params = segmentParams(segments, 2);
  if (!params) return null;
  const route = interestRoute(params);
  return route && "rewrite" in route && route.rewrite === `${CACHED_INTEREST}/${segments.join("/")}` ? params : null;
}

/**
 * The topic (when it is in use now) and age band a cached interest copy preselects, or null when the
 * segments are not one of the copies.
 */
export function interestChoiceOfSegments(segments: readonly string[], topics: TopicList): { topic?: TopicKey; ageBand?: AgeBandValue } | null {
  const params = isInterestCopy(segments);
  if (!params) return null;
  return { topic: topicFromSlug(topics, params.get("emne")), ageBand: ageBandFromSlug(params.get("alder")) };
}

/**
 * Whether a request for an internal address may reach its page: the pages rendered per request (they
 * store nothing), and a cached copy only when its path is exactly one of the bounded set. Anything else
 * would be rendered and kept by the page cache under a key of the sender's choosing.
 */
export function internalRouteAllowed(pathname: string): boolean {
  if (pathname === CATALOGUE_SEARCH || pathname === LOGIN_FOR_REQUEST || pathname === INTEREST_FOR_REQUEST) return true;
  const copy = (prefix: string) => (pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length + 1).split("/") : null);
  const catalogue = copy(CACHED_CATALOGUE);
  if (catalogue) return isCatalogueCopy(catalogue) !== null;
  const interest = copy(CACHED_INTEREST);
  if (interest) return isInterestCopy(interest) !== null;
  return false;
}
