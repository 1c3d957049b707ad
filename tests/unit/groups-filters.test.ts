import { describe, expect, it } from "vitest";
import { catalogueHref, catalogueQueryString, hasActiveFilter, parseCatalogueFilter as parseWith, type CatalogueFilter } from "@/lib/groups/filters";
import type { TopicList } from "@/lib/topics/topics";
import { seededTopic, seededTopics } from "../helpers/seeded-topics";

const parseCatalogueFilter = (source: Parameters<typeof parseWith>[0], topics: TopicList = seededTopics) => parseWith(source, topics);
const t = seededTopic;

describe("catalogue filters in the URL", () => {
  it("parses every Danish slug into a typed filter", () => {
    const filter = parseCatalogueFilter(new URLSearchParams("emne=sorg&alder=voksne&dag=tirsdag&aaben=1&fase=opstart&q=efter+tab"));
    expect(filter).toEqual({ topic: t("GRIEF"), ageBand: "ADULTS", weekday: 2, openOnly: true, state: "STARTING", q: "efter tab" });
  });

  it("parses a Next searchParams record, taking the first of repeated values", () => {
    expect(parseCatalogueFilter({ emne: ["paaroerende", "sorg"], alder: "aeldre", dag: "loerdag", fase: "koerer-selv" })).toEqual({
      topic: t("RELATIVES"),
      ageBand: "ELDERLY",
      weekday: 6,
      openOnly: false,
      state: "SELF_RUNNING",
    });
  });

  it("ignores unknown values, ended groups, empty text and anything but a yes for 'open'", () => {
    expect(parseCatalogueFilter(new URLSearchParams("emne=kage&alder=GRIEF&dag=8&fase=afsluttet&aaben=0&q=+++&andet=1"))).toEqual({
      openOnly: false,
    });
    expect(parseCatalogueFilter({ dag: "2", emne: "GRIEF" })).toEqual({ openOnly: false });
    expect(parseCatalogueFilter({})).toEqual({ openOnly: false });
  });

  it("accepts slugs regardless of case, tidies whitespace and caps the free text", () => {
    const filter = parseCatalogueFilter({ emne: "Fysisk-Aktivitet", q: "  gå   og  snak ", aaben: "ja" });
    expect(filter).toEqual({ topic: t("PHYSICAL_ACTIVITY"), q: "gå og snak", openOnly: true });
    expect(parseCatalogueFilter({ q: "x".repeat(500) }).q).toHaveLength(80);
  });

  it("turns a filter back into a query string in a fixed order", () => {
    const filter: CatalogueFilter = {
      q: "sorg & savn",
      state: "PLANNED",
      openOnly: true,
      weekday: 7,
      ageBand: "CHILDREN",
      topic: t("SELF_DEVELOPMENT"),
    };
    expect(catalogueQueryString(filter)).toBe("emne=selvudvikling&alder=boern&dag=soendag&aaben=1&fase=planlaegning&q=sorg+%26+savn");
    expect(catalogueHref({ topic: t("DIVORCE") })).toBe("/grupper?emne=skilsmisse");
    expect(catalogueHref()).toBe("/grupper");
    expect(catalogueQueryString({ openOnly: false, q: "  " })).toBe("");
  });

  it("round-trips: parse(toString(filter)) gives the filter back", () => {
    const filters: CatalogueFilter[] = [
      { openOnly: false },
      { topic: t("LONELINESS"), ageBand: "YOUTH", openOnly: false },
      { weekday: 3, openOnly: true, state: "WITHDRAWING", q: "demens" },
    ];
    for (const filter of filters) expect(parseCatalogueFilter(new URLSearchParams(catalogueQueryString(filter)))).toEqual(filter);
  });

  it("offers only topics in use: a retired topic's slug is ignored like an unknown one", () => {
    const topics = seededTopics.map((topic) => (topic.key === "DIVORCE" ? { ...topic, retired: true } : topic));
    expect(parseCatalogueFilter({ emne: "skilsmisse" }, topics)).toEqual({ openOnly: false });
    expect(parseCatalogueFilter({ emne: "sorg" }, topics)).toEqual({ topic: t("GRIEF"), openOnly: false });
    const added = [...seededTopics, { key: "ckangst", slug: "angst", label: "Angst", description: "For dig med angst.", retired: false }];
    expect(parseCatalogueFilter({ emne: "angst" }, added).topic?.key).toBe("ckangst");
  });

  it("knows when anything is filtered", () => {
    expect(hasActiveFilter({ openOnly: false })).toBe(false);
    expect(hasActiveFilter({ openOnly: true })).toBe(true);
    expect(hasActiveFilter({ openOnly: false, q: "sorg" })).toBe(true);
  });
});
