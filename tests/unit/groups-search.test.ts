import { describe, expect, it } from "vitest";
import { foldForSearch, groupSearchColumns, groupSortKey, searchWords, topicsMatching } from "@/lib/groups/search";
import { catalogueHref, catalogueQueryString, parseCataloguePage, parseCatalogueFilter } from "@/lib/groups/filters";
import { seededTopic, seededTopics } from "../helpers/seeded-topics";

describe("the stored search text of a group", () => {
  it("folds Danish case and Unicode forms, keeps æ, ø, å, and makes punctuation a space", () => {
    expect(foldForSearch("  ÆBLER, Øl og ÅEN – (100%)! ")).toBe("æbler øl og åen 100");
    // "å" typed as a + combining ring (NFD) is the same letter as the precomposed one.
    expect(foldForSearch("Pa\u030Arørende")).toBe("pårørende");
    expect(groupSearchColumns({ name: "Unge i sorg", description: "For unge.", place: "Herning" }).searchText).toBe("unge i sorg for unge herning");
  });

  it("sorts like Danish under a binary comparison: æ, ø, å after z, aa as å, accents and case ignored", () => {
    const names = ["Åben", "Ældre i sorg", "Øst", "Zumba", "Aalborg", "Abe", "efterår", "Efter tabet", "Café Müller", "Mylder", "Éclair", "Ecco"];
    const danish = [...names].sort((a, b) => a.localeCompare(b, "da"));
    const byKey = [...names].sort((a, b) => (groupSortKey(a) < groupSortKey(b) ? -1 : groupSortKey(a) > groupSortKey(b) ? 1 : 0));
    expect(byKey).toEqual(danish);
  });

  it("splits a query into distinct folded words, at most eight, none of them a LIKE wildcard", () => {
    expect(searchWords("  Sorg  SORG og_savn 50% ")).toEqual(["sorg", "og", "savn", "50"]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords("% _ \\")).toEqual([]);
  });

  it("names the topics a word is part of", () => {
    expect(topicsMatching("ensom", seededTopics)).toEqual(["LONELINESS"]);
    expect(topicsMatching("zzz", seededTopics)).toEqual([]);
    // A topic an administrator added is found by its label, as is a retired one (its groups still have it).
    const angst = { key: "ckangst", slug: "angst", label: "Angst og uro", description: "For dig med angst.", retired: true };
    expect(topicsMatching("uro", [...seededTopics, angst])).toEqual(["ckangst"]);
  });
});

describe("the catalogue page in the URL", () => {
  it("reads ?side= as a whole page number and puts it last, only after page 1", () => {
    expect(parseCataloguePage({ side: "3" })).toBe(3);
    for (const bad of ["0", "-1", "2.5", "x", "", "999999"]) expect(parseCataloguePage({ side: bad }), bad).toBe(1);
    expect(catalogueQueryString({ topic: seededTopic("GRIEF"), q: "tab", openOnly: false }, 2)).toBe("emne=sorg&q=tab&side=2");
    expect(catalogueHref({ openOnly: false }, 1)).toBe("/grupper");
    expect(catalogueHref({ openOnly: true }, 4)).toBe("/grupper?aaben=1&side=4");
    // The page is not a filter: parsing ignores it, so a new filter choice starts on page 1.
    expect(parseCatalogueFilter({ side: "2" }, seededTopics)).toEqual({ openOnly: false });
  });
});
