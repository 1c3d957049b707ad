// The public catalogue's filters, as they live in the URL (Danish slugs from ./labels and the topics'
// own), parsed into a typed filter and turned back into a query string. Pure and safe in the browser;
// unknown values are ignored rather than rejected, so an old or hand-edited link still shows a catalogue.
// A retired topic's slug is unknown here: it has left the public filters.
import { activeTopicBySlug, type Topic, type TopicList } from "@/lib/topics/topics";
import { AGE_BANDS, WEEKDAYS, ageBandSlug, stateSlug, weekdaySlug, type AgeBandValue } from "./labels";
import { CATALOGUE_STATES, type CatalogueState } from "./rules";

export type CatalogueFilter = {
  /** The chosen topic, as the topic list has it (its slug goes in the URL, its key in the query). */
  topic?: Topic;
  ageBand?: AgeBandValue;
  /** ISO weekday, 1 = Monday. */
  weekday?: number;
  /** Only groups that take newcomers now (rules.ts takesNewcomers). */
  openOnly: boolean;
  state?: CatalogueState;
  q?: string;
};

/** The URL parameter for each filter. */
export const FILTER_PARAM = { topic: "emne", ageBand: "alder", weekday: "dag", openOnly: "aaben", state: "fase", q: "q" } as const;

/** The URL parameter of the catalogue's page number (1 when absent). Not a filter: a new filter starts on page 1. */
export const PAGE_PARAM = "side";
const MAX_PAGE = 10_000;

export const MAX_QUERY_LENGTH = 80;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function first(source: ParamSource, key: string): string | undefined {
  const value = source instanceof URLSearchParams ? (source.get(key) ?? undefined) : source[key];
  const one = Array.isArray(value) ? value[0] : value;
  return one?.trim() || undefined;
}

function fromSlug<T extends string | number>(values: readonly T[], slugs: Record<T, string>, slug: string | undefined): T | undefined {
  if (!slug) return undefined;
  const wanted = slug.toLowerCase();
  return values.find((value) => slugs[value] === wanted);
}

/** The filter in the URL; `topics` is every topic (lib/topics/cache.ts), of which only active ones are chosen. */
export function parseCatalogueFilter(source: ParamSource, topics: TopicList): CatalogueFilter {
  const open = first(source, FILTER_PARAM.openOnly)?.toLowerCase();
  const q = first(source, FILTER_PARAM.q)?.replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH).trim();
  const filter: CatalogueFilter = {
    topic: activeTopicBySlug(topics, first(source, FILTER_PARAM.topic)),
    ageBand: fromSlug(AGE_BANDS, ageBandSlug, first(source, FILTER_PARAM.ageBand)),
    weekday: fromSlug(WEEKDAYS, weekdaySlug, first(source, FILTER_PARAM.weekday)),
    openOnly: open === "1" || open === "ja" || open === "true",
    state: fromSlug(CATALOGUE_STATES, stateSlug as Record<CatalogueState, string>, first(source, FILTER_PARAM.state)),
    q: q || undefined,
  };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as CatalogueFilter;
}

/** ?side=N as a page number: a whole number from 2 up; anything else is page 1. */
export function parseCataloguePage(source: ParamSource): number {
  const raw = first(source, PAGE_PARAM);
  const page = raw && /^\d{1,5}$/.test(raw) ? Number(raw) : 1;
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

/** The filter (and a page after the first) as a query string without "?", in a fixed order; "" when nothing is filtered. */
export function catalogueQueryString(filter: Partial<CatalogueFilter>, page = 1): string {
  const params = new URLSearchParams();
  if (filter.topic) params.set(FILTER_PARAM.topic, filter.topic.slug);
  if (filter.ageBand) params.set(FILTER_PARAM.ageBand, ageBandSlug[filter.ageBand]);
  if (filter.weekday && weekdaySlug[filter.weekday]) params.set(FILTER_PARAM.weekday, weekdaySlug[filter.weekday]);
  if (filter.openOnly) params.set(FILTER_PARAM.openOnly, "1");
  if (filter.state) params.set(FILTER_PARAM.state, stateSlug[filter.state]);
  if (filter.q?.trim()) params.set(FILTER_PARAM.q, filter.q.trim());
  if (page > 1) params.set(PAGE_PARAM, String(page));
  return params.toString();
}

/** A link to the catalogue with this filter, on this page. */
export function catalogueHref(filter: Partial<CatalogueFilter> = {}, page = 1): string {
  const query = catalogueQueryString(filter, page);
  return query ? `/grupper?${query}` : "/grupper";
}

export function hasActiveFilter(filter: CatalogueFilter): boolean {
  return catalogueQueryString(filter) !== "";
}
