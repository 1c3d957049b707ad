import { describe, expect, it } from "vitest";
import {
  CACHED_CATALOGUE,
  CATALOGUE_SEARCH,
  MAX_CACHED_PAGE,
  INTEREST_FOR_REQUEST,
  catalogueCopyOfSegments,
  catalogueRoute,
  interestChoiceOfSegments,
  interestRoute,
  internalRouteAllowed,
} from "@/lib/cache/public-routes";
import { AGE_BANDS, WEEKDAYS, ageBandSlug, stateSlug, weekdaySlug } from "@/lib/groups/labels";
import { CATALOGUE_STATES } from "@/lib/groups/rules";
import type { Topic } from "@/lib/topics/topics";
import { seededTopics } from "../helpers/seeded-topics";

/** The topics in use: those an installation starts with, and one an administrator added after the build. */
const SEEDED = seededTopics;
const ANGST: Topic = { key: "t-angst", slug: "angst", label: "Angst", description: "For dig, der lever med angst.", retired: false };
const TOPICS_NOW = [...SEEDED, ANGST];
const GRIEF = SEEDED.find((t) => t.key === "GRIEF")!;
const GRIEF_RETIRED = SEEDED.map((t) => (t.key === "GRIEF" ? { ...t, retired: true } : t));

const catalogue = (query: string) => catalogueRoute(new URLSearchParams(query), TOPICS_NOW);

describe("which catalogue addresses the page cache answers (lib/cache/public-routes.ts)", () => {
  it("sends the common filters to a cached copy, in the order of the tidy address", () => {
    expect(catalogue("")).toBeNull();
    expect(catalogue("emne=sorg")).toEqual({ rewrite: "/udvalg/grupper/emne/sorg" });
    expect(catalogue("emne=sorg&alder=voksne")).toEqual({ rewrite: "/udvalg/grupper/emne/sorg/alder/voksne" });
    expect(catalogue("dag=torsdag&aaben=1")).toEqual({ rewrite: "/udvalg/grupper/dag/torsdag/aaben/1" });
    expect(catalogue("fase=opstart&side=5")).toEqual({ rewrite: "/udvalg/grupper/fase/opstart/side/5" });
  });

  it("renders per request what would let the cache grow without bound: search, three filters, later pages", () => {
    expect(catalogue("q=demens")).toEqual({ rewrite: `${CATALOGUE_SEARCH}?q=demens` });
    expect(catalogue("emne=sorg&q=demens")).toEqual({ rewrite: `${CATALOGUE_SEARCH}?emne=sorg&q=demens` });
    expect(catalogue("emne=sorg&alder=voksne&dag=mandag")).toEqual({ rewrite: `${CATALOGUE_SEARCH}?emne=sorg&alder=voksne&dag=mandag` });
    expect(catalogue("side=6")).toEqual({ rewrite: `${CATALOGUE_SEARCH}?side=6` });
  });

  it("sends an untidy address to its tidy form: empty fields, unknown values, another order, page 1", () => {
    expect(catalogue("q=&emne=sorg&alder=voksne&dag=&fase=")).toEqual({ redirect: "/grupper?emne=sorg&alder=voksne" });
    expect(catalogue("alder=voksne&emne=sorg")).toEqual({ redirect: "/grupper?emne=sorg&alder=voksne" });
    expect(catalogue("emne=SORG")).toEqual({ redirect: "/grupper?emne=sorg" });
    expect(catalogue("emne=findes-ikke")).toEqual({ redirect: "/grupper" });
    expect(catalogue("side=1")).toEqual({ redirect: "/grupper" });
    expect(catalogue("emne=sorg&utm_source=nyhedsbrev")).toEqual({ redirect: "/grupper?emne=sorg" });
    expect(catalogue("q=  to   ord ")).toEqual({ redirect: "/grupper?q=to+ord" });
  });

  it("has a bounded number of cached copies, each the tidy address of exactly one choice", () => {
    const options: [string, string[]][] = [
      ["emne", SEEDED.map((t) => t.slug)],
      ["alder", AGE_BANDS.map((a) => ageBandSlug[a])],
      ["dag", WEEKDAYS.map((d) => weekdaySlug[d])],
      ["aaben", ["1"]],
      ["fase", CATALOGUE_STATES.map((s) => stateSlug[s])],
    ];
    // Every tidy choice of up to three filters, on pages 1 to 7.
    let choices: [string, string][][] = [[]];
    for (const [name, values] of options)
      choices = choices.concat(choices.filter((c) => c.length < 3).flatMap((c) => values.map((v) => [...c, [name, v] as [string, string]])));
    const cached = new Set<string>();
    for (const choice of choices)
      for (let page = 1; page <= 7; page++) {
        const params = new URLSearchParams([...choice, ...(page > 1 ? [["side", String(page)]] : [])]);
        const route = catalogueRoute(params, TOPICS_NOW);
        if (route && "rewrite" in route && route.rewrite.startsWith(`${CACHED_CATALOGUE}/`)) {
          cached.add(route.rewrite);
          expect(catalogueCopyOfSegments(route.rewrite.slice(CACHED_CATALOGUE.length + 1).split("/"), TOPICS_NOW), route.rewrite).toHaveProperty(
            "filter",
          );
          expect(internalRouteAllowed(route.rewrite), route.rewrite).toBe(true);
        }
      }
    // No filter, 22 single filters (7 topics, 4 age bands, 7 days, "open", 4 phases) and 199 pairs, on
    // pages 1 to 5; page 1 without a filter is /grupper itself.
    expect(cached.size).toBe(223 * MAX_CACHED_PAGE - 1);
  });

  it("reads a cached copy's path back only when it is exactly one of those copies", () => {
    expect(catalogueCopyOfSegments(["emne", "sorg", "alder", "voksne"], TOPICS_NOW)).toEqual({
      filter: { topic: GRIEF, ageBand: "ADULTS", openOnly: false },
      page: 1,
    });
    for (const bad of [
      [],
      ["emne"],
      ["emne", "xyz"],
      ["alder", "voksne", "emne", "sorg"],
      ["q", "sorg"],
      ["emne", "sorg", "alder", "voksne", "dag", "mandag"],
      ["side", "9"],
      ["side", "1"],
      ["emne", "%73org"], // encoded: not the tidy form
      ["emne", "sorg", "alder"],
      ["emne", "angst"], // a topic added after the build: rendered per request, never a copy
    ]) {
      expect(catalogueCopyOfSegments(bad, TOPICS_NOW), bad.join("/")).toBeNull();
    }
  });

  it("serves a topic added after the build from the page rendered per request", () => {
    expect(catalogue("emne=angst")).toEqual({ rewrite: `${CATALOGUE_SEARCH}?emne=angst` });
    expect(catalogue("emne=angst&alder=voksne")).toEqual({ rewrite: `${CATALOGUE_SEARCH}?emne=angst&alder=voksne` });
    expect(internalRouteAllowed("/udvalg/grupper/emne/angst")).toBe(false);
  });

  it("sends a cached copy's visitor on to the rest of the choice once its topic is retired", () => {
    expect(catalogueCopyOfSegments(["emne", "sorg"], GRIEF_RETIRED)).toEqual({ redirect: "/grupper" });
    expect(catalogueCopyOfSegments(["emne", "sorg", "alder", "voksne"], GRIEF_RETIRED)).toEqual({ redirect: "/grupper?alder=voksne" });
    expect(catalogueCopyOfSegments(["emne", "sorg", "side", "2"], GRIEF_RETIRED)).toEqual({ redirect: "/grupper?side=2" });
    // Still one of the bounded set, whatever topics are in use now.
    expect(internalRouteAllowed("/udvalg/grupper/emne/sorg")).toBe(true);
  });
});

describe("which interest-form addresses the page cache answers", () => {
  it("sends a known topic and/or age band to its cached copy, another topic to the form rendered per request, nothing to the plain form", () => {
    const route = (query: string) => interestRoute(new URLSearchParams(query));
    expect(route("")).toBeNull();
    expect(route("emne=")).toBeNull();
    expect(route("alder=noget")).toBeNull();
    expect(route("emne=noget")).toEqual({ rewrite: INTEREST_FOR_REQUEST });
    expect(route("emne=angst&alder=unge")).toEqual({ rewrite: INTEREST_FOR_REQUEST });
    expect(route("alder=unge")).toEqual({ rewrite: "/udvalg/interesse/alder/unge" });
    expect(route("emne=sorg")).toEqual({ rewrite: "/udvalg/interesse/emne/sorg" });
    expect(route("alder=unge&emne=sorg")).toEqual({ rewrite: "/udvalg/interesse/emne/sorg/alder/unge" });
    expect(route("emne=sorg&alder=noget")).toEqual({ rewrite: "/udvalg/interesse/emne/sorg" });
    expect(interestChoiceOfSegments(["emne", "sorg", "alder", "unge"], TOPICS_NOW)).toEqual({ topic: "GRIEF", ageBand: "YOUTH" });
    // A copy whose topic was retired after the build preselects only the rest.
    expect(interestChoiceOfSegments(["emne", "sorg", "alder", "unge"], GRIEF_RETIRED)).toEqual({ topic: undefined, ageBand: "YOUTH" });
    for (const bad of [[], ["emne", "noget"], ["emne", "angst"], ["alder", "unge", "emne", "sorg"], ["emne"]])
      expect(interestChoiceOfSegments(bad, TOPICS_NOW)).toBeNull();
  });
});

describe("which internal addresses a request may ask for directly", () => {
  it("allows the pages rendered per request and the cached copies, nothing else", () => {
    expect(internalRouteAllowed(CATALOGUE_SEARCH)).toBe(true);
    expect(internalRouteAllowed("/udvalg/login")).toBe(true);
    expect(internalRouteAllowed("/udvalg/interesse/emne/sorg")).toBe(true);
    expect(internalRouteAllowed(INTEREST_FOR_REQUEST)).toBe(true);
    for (const bad of [
      "/udvalg/interesse-valg/x",
      "/udvalg",
      "/udvalg/",
      "/udvalg/grupper",
      "/udvalg/grupper/",
      "/udvalg/grupper/emne/sorg/",
      "/udvalg/grupper//emne/sorg",
      `/udvalg/grupper/${"emne/sorg/".repeat(500)}`,
      "/udvalg/soeg/x",
      "/udvalg/login/x",
      "/udvalg/interesse",
      "/udvalg/interesse/emne/sorg/alder/unge/emne/sorg",
      "/udvalgx/grupper/emne/sorg",
    ]) {
      expect(internalRouteAllowed(bad), bad.slice(0, 60)).toBe(false);
    }
  });
});
