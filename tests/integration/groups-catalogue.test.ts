import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CATALOGUE_COUNT_LIMIT, CATALOGUE_PAGE_SIZE, countCatalogue, getPublicGroup, listCatalogue, listSimilarGroups } from "@/lib/groups/catalogue";
import { parseCatalogueFilter, type CatalogueFilter } from "@/lib/groups/filters";
import { groupSearchColumns } from "@/lib/groups/search";
import { listTopics } from "@/lib/topics/data";
import { createMember } from "../helpers/fixtures";

// The topics as the pages read them: the seeded ones, from the migration.
const catalogue = async (filter: CatalogueFilter, page = 1) => listCatalogue(filter, await listTopics(), page);
const count = async (filter: CatalogueFilter) => countCatalogue(filter, await listTopics());
const topic = async (key: string) => (await listTopics()).find((t) => t.key === key)!;

type G = {
  slug: string;
  name: string;
  topic: "GRIEF" | "RELATIVES" | "LONELINESS" | "DIVORCE";
  ageBand: "ADULTS" | "ELDERLY" | "YOUTH";
  state: "PLANNED" | "STARTING" | "WITHDRAWING" | "SELF_RUNNING" | "ENDED";
  weekday: number | null;
  open: boolean;
  capacity?: number;
  description?: string;
  active?: number;
  left?: number;
};

const groups: G[] = [
  {
    slug: "a-sorg",
    name: "Sorggruppe for voksne",
    topic: "GRIEF",
    ageBand: "ADULTS",
    state: "STARTING",
    weekday: 2,
    open: true,
    description: "For dig, der har mistet en ægtefælle.",
  },
  { slug: "b-aegtefaelle", name: "Efter tabet – for ældre", topic: "GRIEF", ageBand: "ELDERLY", state: "SELF_RUNNING", weekday: 3, open: false },
  {
    slug: "c-unge-fuld",
    name: "Unge pårørende (fuld)",
    topic: "RELATIVES",
    ageBand: "YOUTH",
    state: "STARTING",
    weekday: 2,
    open: true,
    capacity: 2,
    active: 2,
  },
  {
    slug: "d-unge-plads",
    name: "Unge pårørende (plads)",
    topic: "RELATIVES",
    ageBand: "YOUTH",
    state: "STARTING",
    weekday: 4,
    open: true,
    capacity: 3,
    active: 2,
    left: 1,
  },
  {
    slug: "e-kaffe",
    name: "Kaffe og fællesskab",
    topic: "LONELINESS",
    ageBand: "ELDERLY",
    state: "PLANNED",
    weekday: null,
    open: true,
    description: "Vi mødes over en kop kaffe.",
  },
  {
    slug: "f-afsluttet",
    name: "Sorggruppe for voksne (afsluttet)",
    topic: "GRIEF",
    ageBand: "ADULTS",
    state: "ENDED",
    weekday: 2,
    open: true,
    description: "For dig, der har mistet en ægtefælle.",
  },
  { slug: "g-skilsmisse", name: "Efter skilsmissen", topic: "DIVORCE", ageBand: "ADULTS", state: "WITHDRAWING", weekday: 2, open: false },
];

async function slugs(filter: Partial<CatalogueFilter>) {
  return (await catalogue({ openOnly: false, ...filter })).groups.map((g) => g.slug);
}

describe("the public catalogue query", () => {
  beforeAll(async () => {
    await db.participation.deleteMany();
    await db.group.deleteMany();
    await db.member.deleteMany();
    for (const g of groups) {
      const text = { name: g.name, description: g.description ?? "En selvhjælpsgruppe i Herning.", place: "Fredensgade 14, 7400 Herning" };
      const group = await db.group.create({
        data: {
          name: text.name,
          description: text.description,
          // What the group write path stores (lib/groups/data.ts).
          ...groupSearchColumns(text),
          slug: g.slug,
          topic: g.topic,
          ageBand: g.ageBand,
          state: g.state,
          weekday: g.weekday,
          startTime: g.weekday ? "19:00" : null,
          openForNewcomers: g.open,
          capacity: g.capacity ?? 8,
        },
      });
      for (let i = 0; i < (g.active ?? 0) + (g.left ?? 0); i++) {
        const member = await createMember();
        await db.participation.create({ data: { groupId: group.id, memberId: member.id, leftAt: i < (g.active ?? 0) ? null : new Date() } });
      }
    }
  });

  it("lists every group that has not ended, sorted by name", async () => {
    expect(await slugs({})).toEqual(["g-skilsmisse", "b-aegtefaelle", "e-kaffe", "a-sorg", "c-unge-fuld", "d-unge-plads"]);
  });

  it("filters by each filter on its own", async () => {
    expect(await slugs({ topic: await topic("GRIEF") })).toEqual(["b-aegtefaelle", "a-sorg"]);
    expect(await slugs({ ageBand: "YOUTH" })).toEqual(["c-unge-fuld", "d-unge-plads"]);
    expect(await slugs({ weekday: 2 })).toEqual(["g-skilsmisse", "a-sorg", "c-unge-fuld"]);
    expect(await slugs({ openOnly: true })).toEqual(["e-kaffe", "a-sorg", "d-unge-plads"]);
    expect(await slugs({ state: "STARTING" })).toEqual(["a-sorg", "c-unge-fuld", "d-unge-plads"]);
    expect(await slugs({ state: "PLANNED" })).toEqual(["e-kaffe"]);
    expect(await slugs({ state: "WITHDRAWING" })).toEqual(["g-skilsmisse"]);
    expect(await slugs({ state: "SELF_RUNNING" })).toEqual(["b-aegtefaelle"]);
  });

  it("combines filters", async () => {
    expect(await slugs({ topic: await topic("GRIEF"), ageBand: "ADULTS" })).toEqual(["a-sorg"]);
    expect(await slugs({ weekday: 2, openOnly: true })).toEqual(["a-sorg"]);
    expect(await slugs({ ageBand: "YOUTH", openOnly: true })).toEqual(["d-unge-plads"]);
    expect(await slugs({ ageBand: "ADULTS", state: "WITHDRAWING", weekday: 2 })).toEqual(["g-skilsmisse"]);
    expect(await slugs({ topic: await topic("GRIEF"), ageBand: "YOUTH" })).toEqual([]);
    expect(await slugs({ topic: await topic("RELATIVES"), q: "plads" })).toEqual(["d-unge-plads"]);
  });

  it("searches name, description and topic, every word, with Danish case folding", async () => {
    expect(await slugs({ q: "ÆGTEFÆLLE" })).toEqual(["a-sorg"]);
    expect(await slugs({ q: "kop kaffe" })).toEqual(["e-kaffe"]);
    expect(await slugs({ q: "ensomhed" })).toEqual(["e-kaffe"]);
    expect(await slugs({ q: "efter" })).toEqual(["g-skilsmisse", "b-aegtefaelle"]);
    expect(await slugs({ q: "kaffe skilsmisse" })).toEqual([]);
  });

  it("never lists an ended group, whatever the filter", async () => {
    const queries = [
      "",
      "emne=sorg",
      "alder=voksne",
      "dag=tirsdag",
      "aaben=1",
      "fase=afsluttet",
      "q=afsluttet",
      "emne=sorg&alder=voksne&dag=tirsdag&aaben=1",
    ];
    for (const query of queries) {
      expect(await slugs(parseCatalogueFilter(new URLSearchParams(query), await listTopics())), query).not.toContain("f-afsluttet");
    }
  });

  it("shows a full group as not taking newcomers, and a group with a free place (after someone left) as taking them", async () => {
    const all = (await catalogue({ openOnly: false })).groups;
    expect(all.find((g) => g.slug === "c-unge-fuld")).toMatchObject({ isFull: true, takesNewcomers: false, openForNewcomers: true });
    expect(all.find((g) => g.slug === "d-unge-plads")).toMatchObject({ isFull: false, takesNewcomers: true });
    expect(all.find((g) => g.slug === "g-skilsmisse")).toMatchObject({ isFull: false, takesNewcomers: false });
  });

  it("exposes only public fields", async () => {
    const [group] = (await catalogue({ openOnly: false, topic: await topic("RELATIVES"), ageBand: "YOUTH" })).groups;
    expect(Object.keys(group).sort()).toEqual(
      [
        "ageBand",
        "cadence",
        "description",
        "durationMinutes",
        "endedAt",
        "expectedStartOn",
        // How many more a planned group needs: counts only (lib/groups/forming.ts).
        "forming",
        "id",
        "isFull",
        "name",
        "openForNewcomers",
        // Where it meets: never the online link (Group.onlineUrl).
        "format",
        "meetingPoint",
        "venue",
        "slug",
        "startDate",
        "startTime",
        "state",
        "takesNewcomers",
        "topic",
        "weekday",
      ].sort(),
    );
  });

  it("finds one group by slug, ended ones too, and nothing for an unknown slug", async () => {
    expect(await getPublicGroup("f-afsluttet")).toMatchObject({ name: "Sorggruppe for voksne (afsluttet)", state: "ENDED", takesNewcomers: false });
    expect(await getPublicGroup("findes-ikke")).toBeNull();
  });

  it("suggests similar groups that have not ended: same topic and age band first", async () => {
    const ended = (await getPublicGroup("f-afsluttet"))!;
    expect((await listSimilarGroups(ended)).map((g) => g.slug)).toEqual(["a-sorg", "b-aegtefaelle", "g-skilsmisse"]);
    expect((await listSimilarGroups(ended, 1)).map((g) => g.slug)).toEqual(["a-sorg"]);
  });
});

describe("the catalogue at scale: paged, counted and sorted in the database", () => {
  const names = ["Åben samtalegruppe", "Ældre i sorg", "Øst for Herning", "Zumba for alle", "efterår sammen", "Café Müller", "Abe-gruppen"];

  beforeAll(async () => {
    await db.participation.deleteMany();
    await db.group.deleteMany();
    const filler = Array.from({ length: 2 * CATALOGUE_PAGE_SIZE + 5 - names.length }, (_, i) => `Gruppe ${String(i).padStart(3, "0")}`);
    await db.group.createMany({
      data: [...names, ...filler].map((name, i) => {
        const text = { name, description: i === 0 ? "Vi taler om 100% ærlighed og SKYLD." : "En gruppe.", place: "Herning" };
        return {
          name: text.name,
          description: text.description,
          ...groupSearchColumns(text),
          slug: `skala-${i}`,
          topic: "GRIEF",
          ageBand: "ADULTS",
          state: "STARTING",
        };
      }),
    });
  });

  it("pages in Danish name order with a stable tie-break: the pages together are the whole list, once each", async () => {
    const pages = [await catalogue({ openOnly: false }, 1), await catalogue({ openOnly: false }, 2), await catalogue({ openOnly: false }, 3)];
    expect(pages.map((p) => [p.groups.length, p.hasNext, p.count])).toEqual([
      [CATALOGUE_PAGE_SIZE, true, 2 * CATALOGUE_PAGE_SIZE + 5],
      [CATALOGUE_PAGE_SIZE, true, 2 * CATALOGUE_PAGE_SIZE + 5],
      [5, false, 2 * CATALOGUE_PAGE_SIZE + 5],
    ]);
    expect((await catalogue({ openOnly: false, q: "ældre" })).count).toBe(1);
    const all = pages.flatMap((p) => p.groups.map((g) => g.name));
    const expected = (await db.group.findMany({ select: { name: true } })).map((g) => g.name).sort((a, b) => a.localeCompare(b, "da"));
    expect(all).toEqual(expected);
    expect(all.slice(-3)).toEqual(["Ældre i sorg", "Øst for Herning", "Åben samtalegruppe"]);
    expect((await catalogue({ openOnly: false }, 4)).groups).toEqual([]);
  });

  it("counts the matches, and stops counting just past the limit", async () => {
    expect(await count({ openOnly: false })).toBe(2 * CATALOGUE_PAGE_SIZE + 5);
    expect(await count({ openOnly: false, q: "ældre" })).toBe(1);
    const more = Array.from({ length: CATALOGUE_COUNT_LIMIT }, (_, i) => ({ name: `Ekstra ${i}`, description: "En gruppe.", place: "Herning" }));
    await db.group.createMany({
      data: more.map((text, i) => ({
        name: text.name,
        description: text.description,
        ...groupSearchColumns(text),
        slug: `ekstra-${i}`,
        topic: "ILLNESS",
        ageBand: "ADULTS",
        state: "PLANNED",
      })),
    });
    expect(await count({ openOnly: false })).toBe(CATALOGUE_COUNT_LIMIT + 1);
    expect(await count({ openOnly: false, topic: await topic("GRIEF") })).toBe(2 * CATALOGUE_PAGE_SIZE + 5);
    await db.group.deleteMany({ where: { slug: { startsWith: "ekstra-" } } });
  });

  it("searches Danish letters in any case, takes % and _ as text, not as wildcards", async () => {
    expect((await catalogue({ openOnly: false, q: "ÅBEN" })).groups.map((g) => g.name)).toEqual(["Åben samtalegruppe"]);
    expect((await catalogue({ openOnly: false, q: "müller" })).groups.map((g) => g.name)).toEqual(["Café Müller"]);
    expect((await catalogue({ openOnly: false, q: "skyld 100%" })).groups.map((g) => g.name)).toEqual(["Åben samtalegruppe"]);
    expect((await catalogue({ openOnly: false, q: "%" })).groups).toHaveLength(CATALOGUE_PAGE_SIZE);
  });
});
