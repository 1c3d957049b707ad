// The rewrites (next.config.mjs) that answer the public addresses whose content depends on the query
// string from routes the page cache can keep: /grupper?emne=sorg&alder=voksne is served by
// /udvalg/grupper/emne/sorg/alder/voksne, /interesse?emne=sorg by /udvalg/interesse/emne/sorg, /login
// with a session cookie or a link's parameters by /udvalg/login (rendered per request). A plain module,
// because next.config.mjs reads it; lib/cache/public-routes.ts says the same in TypeScript for the pages
// and the proxy, and tests/unit/public-rewrites.test.ts runs these rules through Next's own matcher
// against it, so the two cannot drift.
//
// Rewrites, not the proxy: Next matches them in its router without starting the proxy (which costs
// about as much as serving the cached page itself), and they stay inside the server whatever address
// it listens on. Bounded: a rule captures only the exact slugs listed here (case-sensitive), so a
// stranger's address can name only one of the 223 × 5 catalogue copies or 39 interest copies; every
// other filtered address goes to /udvalg/soeg (or /udvalg/interesse-valg), which renders per request
// and stores nothing.
import { SESSION_COOKIES } from "../auth/session-cookies.mjs";

/**
 * The filter values whose choices are cached copies: lib/groups/labels.ts's slugs, in its order, and for
 * the topics, which are data (lib/topics/), the slugs of those an installation starts with (the
 * topics-as-data migration's rows). The unit test keeps both equal. A topic added later is served by the
 * pages rendered per request (lib/cache/public-routes.ts).
 */
export const SLUGS = {
  emne: ["sorg", "sygdom", "paaroerende", "ensomhed", "selvudvikling", "skilsmisse", "fysisk-aktivitet"],
  alder: ["boern", "unge", "voksne", "aeldre"],
  dag: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "loerdag", "soendag"],
  aaben: ["1"],
  fase: ["planlaegning", "opstart", "igangsaettere-traekker-sig", "koerer-selv"],
};

/** The catalogue's filter parameters in the order of its tidy address (lib/groups/filters.ts), then the free text and the page. */
const FILTERS = /** @type {const} */ (["emne", "alder", "dag", "aaben", "fase"]);
const SEARCH = "q";
const PAGE = "side";
/** Pages 2 to MAX_CACHED_PAGE are cached (lib/cache/public-routes.ts). */
const CACHED_PAGES = "[2-5]";
const MAX_CACHED_FILTERS = 2;

/** @typedef {{ type: "query" | "cookie"; key: string; value?: string }} Condition */
/** @typedef {{ source: string; destination: string; has?: Condition[]; missing?: Condition[] }} Rewrite */

/** @type {(key: string, value?: string) => Condition} */
const query = (key, value) => (value === undefined ? { type: "query", key } : { type: "query", key, value });
/** A named group of exactly these values (Next matches `has` values case-sensitively, as ^…$). @type {(name: string, values: string[]) => string} */
const oneOf = (name, values) => `(?<${name}>${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;

/** Every set of at most `most` filters, in the tidy order. */
function subsets(most) {
  /** @type {string[][]} */
  let out = [[]];
  for (const name of FILTERS) out = out.concat(out.filter((s) => s.length < most).map((s) => [...s, name]));
  return out.sort((a, b) => a.length - b.length);
}

/** The catalogue: each cached copy's rule, then anything else filtered to the page rendered per request. */
function catalogueRewrites() {
  /** @type {Rewrite[]} */
  const rules = [];
  for (const chosen of subsets(MAX_CACHED_FILTERS)) {
    for (const paged of [false, true]) {
      if (chosen.length === 0 && !paged) continue; // /grupper itself, prerendered
      const names = paged ? [...chosen, PAGE] : chosen;
      const others = [...FILTERS.filter((f) => !chosen.includes(f)), SEARCH, ...(paged ? [] : [PAGE])];
      rules.push({
        source: "/grupper",
        has: names.map((n) => query(n, n === PAGE ? `(?<${PAGE}>${CACHED_PAGES})` : oneOf(n, SLUGS[n]))),
        // An empty field (a form sends them) counts as missing in Next's matcher, as it should here.
        missing: others.map((n) => query(n)),
        destination: `/udvalg/grupper${names.map((n) => `/${n}/:${n}`).join("")}`,
      });
    }
  }
  for (const name of [...FILTERS, SEARCH, PAGE]) rules.push({ source: "/grupper", has: [query(name)], destination: "/udvalg/soeg" });
  return rules;
}

/**
 * The interest form with a listed topic and/or age band preselected from its cached copy; with any other
 * topic (one added after the build, or none that exists) from the form rendered per request.
 * @returns {Rewrite[]}
 */
function interestRewrites() {
  const emne = query("emne", oneOf("emne", SLUGS.emne));
  const alder = query("alder", oneOf("alder", SLUGS.alder));
  return [
    { source: "/interesse", has: [emne, alder], destination: "/udvalg/interesse/emne/:emne/alder/:alder" },
    { source: "/interesse", has: [emne], destination: "/udvalg/interesse/emne/:emne" },
    { source: "/interesse", has: [query("emne")], destination: "/udvalg/interesse-valg" },
    { source: "/interesse", has: [alder], destination: "/udvalg/interesse/alder/:alder" },
  ];
}

/** /login for a browser that may be signed in (then on to /admin) or a link with a callback address or an error. @returns {Rewrite[]} */
function loginRewrites() {
  return [
    ...SESSION_COOKIES.map((key) => ({ source: "/login", has: [{ type: /** @type {const} */ ("cookie"), key }], destination: "/udvalg/login" })),
    { source: "/login", has: [query("callbackUrl")], destination: "/udvalg/login" },
    { source: "/login", has: [query("error")], destination: "/udvalg/login" },
  ];
}

/** The rules, in the order Next tries them (the first that matches wins). @returns {Rewrite[]} */
export function publicRewrites() {
  return [...catalogueRewrites(), ...interestRewrites(), ...loginRewrites()];
}
