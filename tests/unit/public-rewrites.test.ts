import { describe, expect, it } from "vitest";
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import nextConfig from "../../next.config.mjs";
import { SLUGS, publicRewrites } from "@/lib/cache/public-rewrites.mjs";
import { CATALOGUE_SEARCH, INTEREST_FOR_REQUEST, catalogueRoute, interestRoute, internalRouteAllowed } from "@/lib/cache/public-routes";
import { SESSION_COOKIES } from "@/lib/auth/session-token";
import { AGE_BANDS, WEEKDAYS, ageBandSlug, stateSlug, weekdaySlug } from "@/lib/groups/labels";
import { CATALOGUE_STATES } from "@/lib/groups/rules";
import { seededTopics } from "../helpers/seeded-topics";

/** The topics in use: those an installation starts with, and "angst", added after the build. */
const TOPICS_NOW = [...seededTopics, { key: "t-angst", slug: "angst", label: "Angst", description: "", retired: false }];

// next.config.mjs's rewrites run through Next's own matcher (the functions its router calls for
// `has`/`missing` and the destination), compared with lib/cache/public-routes.ts, which says the same
// in TypeScript and is what the pages and the proxy ask.

type Query = Record<string, string | string[]>;

function queryOf(search: string): Query {
  const query: Query = {};
  for (const [k, v] of new URLSearchParams(search)) {
    const had = query[k];
    query[k] = had === undefined ? v : [had].flat().concat(v);
  }
  return query;
}

/** The path Next serves a request from after the rewrites (null: none applied), as its router decides. */
function rewritten(path: string, search: string, cookies: Record<string, string> = {}): string | null {
  const query = queryOf(search);
  for (const rule of publicRewrites()) {
    if (rule.source !== path) continue;
    const params = matchHas({ cookies, headers: {} } as never, query, rule.has as never, (rule.missing ?? []) as never);
    if (!params) continue;
    return prepareDestination({ appendParamsToQuery: true, destination: rule.destination, params, query }).parsedDestination.pathname ?? null;
  }
  return null;
}

const routeOf = (route: ReturnType<typeof catalogueRoute>) => (route && "rewrite" in route ? route.rewrite.split("?")[0] : null);

const OPTIONS: [string, string[]][] = [
  ["emne", seededTopics.map((t) => t.slug)],
  ["alder", AGE_BANDS.map((a) => ageBandSlug[a])],
  ["dag", WEEKDAYS.map((d) => weekdaySlug[d])],
  ["aaben", ["1"]],
  ["fase", CATALOGUE_STATES.map((s) => stateSlug[s])],
];

/** Every tidy choice of up to three filters. */
function choices(): [string, string][][] {
  let out: [string, string][][] = [[]];
  for (const [name, values] of OPTIONS)
    out = out.concat(out.filter((c) => c.length < 3).flatMap((c) => values.map((v) => [...c, [name, v] as [string, string]])));
  return out;
}

describe("next.config.mjs's rewrites of the catalogue (lib/cache/public-rewrites.mjs)", () => {
  it("are the ones next.config.mjs gives Next, before the file system", async () => {
    const rewrites = (await nextConfig.rewrites()) as { beforeFiles: unknown[] };
    expect(rewrites.beforeFiles).toEqual(publicRewrites());
  });

  it("list the slugs of lib/groups/labels.ts and of the topics an installation starts with", () => {
    expect(SLUGS).toEqual(Object.fromEntries(OPTIONS));
  });

  it("send every tidy address where lib/cache/public-routes.ts says: a cached copy, the search page, or the page itself", () => {
    let cached = 0;
    for (const choice of choices())
      for (let page = 1; page <= 7; page++) {
        const search = new URLSearchParams([...choice, ...(page > 1 ? [["side", String(page)]] : [])]).toString();
        const expected = routeOf(catalogueRoute(new URLSearchParams(search), TOPICS_NOW));
        expect(rewritten("/grupper", search), search).toBe(expected);
        if (expected && expected !== CATALOGUE_SEARCH) cached += 1;
      }
    expect(cached).toBe(223 * 5 - 1);
    // Exhaustive (about 1,500 addresses through every rule): a few seconds, more on a busy machine.
  }, 120_000);

  it("serve the same cached copy for the choice written with empty fields, in another order or with extra parameters", () => {
    expect(rewritten("/grupper", "q=&emne=sorg&alder=&dag=&fase=")).toBe("/udvalg/grupper/emne/sorg");
    expect(rewritten("/grupper", "alder=voksne&emne=sorg")).toBe("/udvalg/grupper/emne/sorg/alder/voksne");
    expect(rewritten("/grupper", "emne=sorg&utm_source=nyhedsbrev")).toBe("/udvalg/grupper/emne/sorg");
    expect(rewritten("/grupper", "side=3&aaben=1")).toBe("/udvalg/grupper/aaben/1/side/3");
    expect(rewritten("/grupper", "utm_source=nyhedsbrev")).toBeNull();
    expect(rewritten("/grupper", "emne=")).toBeNull();
  });

  it("send a search, an unknown value, another spelling or a page that is not cached to the page rendered per request", () => {
    for (const search of [
      "q=sorg",
      "emne=sorg&q=x",
      "emne=SORG",
      "emne=findes-ikke",
      "emne=angst",
      "aaben=ja",
      "side=1",
      "side=6",
      "side=abc",
      "emne=sorg&alder=voksne&dag=mandag",
    ]) {
      expect(rewritten("/grupper", search), search).toBe(CATALOGUE_SEARCH);
    }
  });

  it("never lead a stranger's address anywhere but to the bounded set", () => {
    const junk = ["", "x", "SORG", "sorg%20", "sorg/../x", "1", "99", "sorg|x", ".*", "(?<emne>x)", "a".repeat(300)];
    const keys = ["emne", "alder", "dag", "aaben", "fase", "side", "q", "x"];
    for (const a of keys)
      for (const b of keys)
        for (const va of junk.concat(SLUGS.emne.slice(0, 2), ["2"]))
          for (const vb of junk.slice(0, 4)) {
            const target = rewritten(
              "/grupper",
              new URLSearchParams([
                [a, va],
                [b, vb],
              ]).toString(),
            );
            if (target !== null) expect(target === CATALOGUE_SEARCH || internalRouteAllowed(target), `${a}=${va}&${b}=${vb}`).toBe(true);
          }
    // Exhaustive over the pairs: seconds, more on a busy machine.
  }, 120_000);
});

describe("next.config.mjs's rewrites of the interest form and /login", () => {
  it("preselect a known topic and/or age band as lib/cache/public-routes.ts says, and nothing else", () => {
    for (const emne of [undefined, "", "noget", "angst", "SORG", ...SLUGS.emne])
      for (const alder of [undefined, "", "noget", ...SLUGS.alder]) {
        const params = new URLSearchParams([...(emne === undefined ? [] : [["emne", emne]]), ...(alder === undefined ? [] : [["alder", alder]])]);
        expect(rewritten("/interesse", params.toString()), params.toString()).toBe(routeOf(interestRoute(params)));
      }
    expect(rewritten("/interesse", "emne=angst&alder=unge")).toBe(INTEREST_FOR_REQUEST);
  });

  it("render /login per request for a session cookie, a callback address or an error, and leave the plain /login static", () => {
    for (const name of SESSION_COOKIES) expect(rewritten("/login", "", { [name]: "x" }), name).toBe("/udvalg/login");
    expect(rewritten("/login", "callbackUrl=%2Fadmin")).toBe("/udvalg/login");
    expect(rewritten("/login", "error=CredentialsSignin")).toBe("/udvalg/login");
    expect(rewritten("/login", "")).toBeNull();
    expect(rewritten("/login", "", { "other-cookie": "x" })).toBeNull();
  });
});
