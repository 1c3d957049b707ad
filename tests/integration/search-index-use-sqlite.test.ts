import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { listApplications } from "@/lib/applications/inbox-data";
import { listTopics } from "@/lib/topics/data";
import { listCatalogue } from "@/lib/groups/catalogue";
import { memberMatches, searchMembers } from "@/lib/members/data";
import { searchWorld } from "../helpers/search-fixtures";

// That the searches go through their trigram index, not only that they find the right rows (a scan
// finds the same ones, search-index.test.ts): on SQLite the statement a search sends is narrowed to the
// FTS5 index's candidates, a miss to `1 = 0`, which reads no row. (PostgreSQL: search-index-use-postgres.)
let admin: Actor;
beforeAll(async () => {
  admin = await searchWorld();
}, 60_000);

afterEach(() => vi.restoreAllMocks());

/** The raw statements `run` sends, as SQL text with placeholders. */
async function statements(run: () => Promise<unknown>): Promise<string[]> {
  const spy = vi.spyOn(db, "$queryRaw");
  await run();
  // A tagged template (db.$queryRaw`…`) or a ready Prisma.Sql (db.$queryRaw(sql)).
  const sent = spy.mock.calls.map(([first, ...values]: unknown[]) =>
    first instanceof Prisma.Sql ? first.sql : Prisma.sql(first as TemplateStringsArray, ...values).sql,
  );
  spy.mockRestore();
  return sent;
}
const reading = (table: string, sent: string[]) => sent.filter((s) => new RegExp(`FROM "${table}"`).test(s) && !/Search"/.test(s));

describe("SQLite: the searches ask the FTS5 index first", () => {
  it("a member search for a missing word reads no member; a rare word reads its candidates by id", async () => {
    expect((await memberMatches("zzzz"))?.sql).toBe("1 = 0");
    const miss = reading("Member", await statements(() => searchMembers(admin, "zzzz")));
    expect(miss.length).toBeGreaterThan(0);
    for (const sql of miss) expect(sql).toContain("1 = 0");

    const rare = reading("Member", await statements(() => searchMembers(admin, "fjordbo")));
    expect(rare.some((sql) => /"id" IN \(\?\) AND/.test(sql))).toBe(true);
    expect((await searchMembers(admin, "fjordbo")).rows.map((m) => m.name)).toEqual(["Sjælden Fjordbo"]);
  });

  it("the catalogue: a missing word reads no group; a rare word reads its candidates by id", async () => {
    const miss = reading("Group", await statements(async () => listCatalogue({ openOnly: false, q: "zzzz" }, await listTopics())));
    expect(miss.length).toBeGreaterThan(0);
    for (const sql of miss) expect(sql).toContain("1 = 0");
    const rare = reading("Group", await statements(async () => listCatalogue({ openOnly: false, q: "fjorden" }, await listTopics())));
    expect(rare.some((sql) => /g\."id" IN \(\?\)/.test(sql))).toBe(true);
  });

  it("the application inbox's applicant search goes through the member index too", async () => {
    const sent = await statements(() => listApplications(admin, "alle", { q: "zzzz" }));
    expect(sent.filter((s) => /FROM "Application"/.test(s)).every((s) => s.includes("1 = 0"))).toBe(true);
  });
});
