import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listCatalogue } from "@/lib/groups/catalogue";
import { memberMatches } from "@/lib/members/data";
import { searchWorld } from "../helpers/search-fixtures";

// That the searches can use their trigram index on PostgreSQL: the plan of the LIKE the app sends uses
// the pg_trgm indexes of migration 20261202142000. (SQLite: search-index-use-sqlite.)
beforeAll(async () => {
  await searchWorld();
}, 60_000);

describe("PostgreSQL: the LIKE the app sends is served by pg_trgm", () => {
  async function plan(sql: Prisma.Sql): Promise<string> {
    const rows = await db.$transaction(async (tx) => {
      // On tables this small PostgreSQL rightly prefers reading them whole: without sequential scans the
      // plan shows whether an index can serve the condition at all.
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
    });
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  }

  it("the member search's name and email conditions", async () => {
    const matches = (await memberMatches("fjordbo"))!;
    const text = await plan(Prisma.sql`SELECT "id" FROM "Member" WHERE ${matches}`);
    expect(text).toMatch(/Member_name_trgm_idx/);
    expect(text).toMatch(/Member_email_trgm_idx/);
    expect(text).not.toMatch(/Seq Scan on "Member"/);
  });

  it("the catalogue's search text", async () => {
    const text = await plan(Prisma.sql`SELECT g."id" FROM "Group" g WHERE g."searchText" LIKE ${"%fjorden%"}`);
    expect(text).toMatch(/Group_searchText_trgm_idx/);
    expect((await listCatalogue({ openOnly: false, q: "fjorden" })).groups.map((g) => g.slug)).toEqual(["g-7"]);
  });
});
