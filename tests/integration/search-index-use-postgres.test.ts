import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listTopics } from "@/lib/topics/data";
import { listCatalogue } from "@/lib/groups/catalogue";
import { memberMatches } from "@/lib/members/data";
import { searchWorld } from "../helpers/search-fixtures";

// That the searches can use their trigram index on PostgreSQL: the plan of the LIKE the app sends uses
// the pg_trgm indexes of migration 20261202142000. (SQLite: search-index-use-sqlite.)
beforeAll(async () => {
  await searchWorld();
}, 60_000);

describe("PostgreSQL: the LIKE the app sends is served by pg_trgm", () => {
  /**
   * The plan of `sql` where only an index that serves its condition can win: on tables this small
   * PostgreSQL rightly reads the table (or a small B-tree index) whole, and a GIN index's fixed start-up
   * cost only pays off at thousands of rows. So sequential scans are off and the B-tree indexes named in
   * `hide` are dropped for the moment of the EXPLAIN (its transaction is rolled back).
   */
  async function plan(sql: Prisma.Sql, hide: string[] = []): Promise<string> {
    let text = "";
    await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        for (const index of hide) await tx.$executeRawUnsafe(`DROP INDEX "${index}"`);
        const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
        text = rows.map((r) => r["QUERY PLAN"]).join("\n");
        throw new Error("roll back");
      })
      .catch((error: Error) => {
        if (error.message !== "roll back") throw error;
      });
    return text;
  }

  it("the member search's name and email conditions", async () => {
    const matches = (await memberMatches("fjordbo"))!;
    const text = await plan(Prisma.sql`SELECT "id" FROM "Member" WHERE ${matches}`, ["Member_name_id_email_idx"]);
    expect(text).toMatch(/Member_name_folded_trgm_idx/);
    expect(text).toMatch(/Member_email_trgm_idx/);
    expect(text).not.toMatch(/Seq Scan on "Member"/);
  });

  it("the member search with æ, ø or å: the folded name the app sends is the indexed expression", async () => {
    for (const q of ["sjælden", "SJÆLDEN", "fjordbø", "åby"]) {
      const matches = (await memberMatches(q.toLocaleLowerCase("da-DK")))!;
      const text = await plan(Prisma.sql`SELECT "id" FROM "Member" WHERE ${matches}`, ["Member_name_id_email_idx"]);
      expect(text, q).toMatch(/Member_name_folded_trgm_idx/);
      expect(text, q).not.toMatch(/Seq Scan on "Member"/);
    }
  });

  it("the catalogue's search text", async () => {
    const text = await plan(Prisma.sql`SELECT g."id" FROM "Group" g WHERE g."searchText" LIKE ${"%fjorden%"}`);
    expect(text).toMatch(/Group_searchText_trgm_idx/);
    expect((await listCatalogue({ openOnly: false, q: "fjorden" }, await listTopics())).groups.map((g) => g.slug)).toEqual(["g-7"]);
  });
});
