import { beforeEach, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { listTopics } from "@/lib/topics/data";
import { listCatalogue } from "@/lib/groups/catalogue";
import { groupSearchColumns } from "@/lib/groups/search";
import { searchMembers } from "@/lib/members/data";
import { FEW_MATCHES, fewMatches, indexable } from "@/lib/search/data";
import { actorOf, createAdmin, createGroup, createMember } from "../helpers/fixtures";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";

// The trigram indexes behind the "contains" searches (lib/search/data.ts): on SQLite FTS5 tables kept by
// triggers, on PostgreSQL pg_trgm indexes. Whichever path a search takes, it finds the same rows.
let admin: Actor;
beforeEach(async () => {
  await clearPeopleAndGroups();
  admin = await actorOf((await createAdmin()).id);
});

const names = async (q: string, page = 1) => (await searchMembers(admin, q, page)).rows.map((m) => m.name);

describe("the search indexes exist", () => {
  it("SQLite: after every migration the FTS5 tables and the triggers that keep them stand, and index a group and a member written afterwards; PostgreSQL: pg_trgm indexes", async () => {
    if (dbProvider === "postgresql") {
      const rows = await db.$queryRawUnsafe<{ indexname: string }[]>(
        `SELECT indexname::text AS indexname FROM pg_indexes WHERE indexname LIKE '%trgm%' ORDER BY 1`,
      );
      expect(rows.map((r) => r.indexname)).toEqual(["Group_searchText_trgm_idx", "Member_email_trgm_idx", "Member_name_trgm_idx"]);
      return;
    }
    const rows = await db.$queryRawUnsafe<{ type: string; name: string }[]>(
      `SELECT type, name FROM sqlite_master WHERE name LIKE '%Search%' OR name LIKE '%_search_%' ORDER BY name`,
    );
    const byType = (type: string) => rows.filter((r) => r.type === type).map((r) => r.name);
    expect(byType("trigger").sort()).toEqual(
      [
        "Group_search_delete",
        "Group_search_insert",
        "Group_search_update",
        "Member_search_delete",
        "Member_search_insert",
        "Member_search_update",
      ].sort(),
    );
    expect(byType("table")).toEqual(expect.arrayContaining(["GroupSearch", "GroupSearchKey", "MemberSearch", "MemberSearchKey"]));
    // A group and a member written after every migration ran are in the index itself, not only found by a scan.
    const member = await createMember({ name: "Efterskrevet Medlem", email: "efter@example.dk" });
    const group = await createGroup({ name: "Efterskrevet Gruppe" });
    expect(await fewMatches("member", "efterskrevet")).toEqual([member.id]);
    expect(await fewMatches("group", "efterskrevet")).toEqual([group.id]);
    expect(await names("efterskrevet")).toEqual(["Efterskrevet Medlem"]);
    expect((await listCatalogue({ openOnly: false, q: "efterskrevet" }, await listTopics())).groups.map((g) => g.id)).toEqual([group.id]);
  });
});

describe("which words the index can look up", () => {
  it("three characters or more, Latin letters, digits and ordinary punctuation, no LIKE or FTS5 syntax", () => {
    expect(indexable("sø")).toBe(false);
    expect(indexable("søren")).toBe(true);
    expect(indexable("jens@example.dk")).toBe(true);
    expect(indexable("50%")).toBe(false);
    expect(indexable("a_b")).toBe(false);
    expect(indexable('"sor"')).toBe(false);
    expect(indexable("ελένη")).toBe(false);
  });
});

describe("member search through the index", () => {
  it("finds a member by part of the name in any case of æ, ø, å, or the email, and nobody for a miss", async () => {
    await createMember({ name: "Åse Ærbødig", email: "aase@example.dk" });
    await createMember({ name: "Jens Hansen", email: "jens@example.dk" });
    expect(await names("ærbø")).toEqual(["Åse Ærbødig"]);
    expect(await names("ÆRBØDIG")).toEqual(["Åse Ærbødig"]);
    expect(await names("åse ær")).toEqual(["Åse Ærbødig"]);
    expect(await names("jens@ex")).toEqual(["Jens Hansen"]);
    expect(await names("zzzz")).toEqual([]);
    if (dbProvider === "sqlite") expect(await fewMatches("member", "zzzz")).toEqual([]);
  });

  it("follows every write: a new name is found and the old one is not, an erased member is gone from the index", async () => {
    const m = await createMember({ name: "Karen Gammelnavn", email: "karen@example.dk" });
    await db.member.update({ where: { id: m.id }, data: { name: "Karen Nytnavn" } });
    expect(await names("gammelnavn")).toEqual([]);
    expect(await names("nytnavn")).toEqual(["Karen Nytnavn"]);
    await db.member.update({ where: { id: m.id }, data: { email: "ny-adresse@example.dk" } });
    expect(await names("ny-adresse")).toEqual(["Karen Nytnavn"]);
    expect(await names("karen@example")).toEqual([]);
    await db.member.delete({ where: { id: m.id } });
    expect(await names("nytnavn")).toEqual([]);
    if (dbProvider === "sqlite") {
      expect(await fewMatches("member", "nytnavn")).toEqual([]);
      expect(await db.$queryRawUnsafe(`SELECT * FROM "MemberSearchKey" WHERE "memberId" = ?`, m.id)).toEqual([]);
    }
  });

  it("a common word (more candidates than the index hands over) pages through the scan with the same rows", async () => {
    const many = Array.from({ length: FEW_MATCHES + 20 }, (_, i) => ({
      name: `Fællesnavn ${String(i).padStart(3, "0")}`,
      email: `faelles-${i}@example.dk`,
      postcode: "7400",
      consentAt: new Date(),
      consentVersion: "test",
    }));
    await db.member.createMany({ data: many });
    await createMember({ name: "Ole Andersen", email: "ole@example.dk" });
    if (dbProvider === "sqlite") expect(await fewMatches("member", "fællesnavn")).toBeNull();
    const all: string[] = [];
    for (let page = 1; page <= 5; page++) all.push(...(await names("fællesnavn", page)));
    expect(all).toEqual(many.map((m) => m.name));
    expect(await names("FÆLLESNAVN 219")).toEqual(["Fællesnavn 219"]);
  });
});

describe("catalogue search through the index", () => {
  it("finds a rare word, nothing for a miss, and a word that names a topic still finds the topic's groups", async () => {
    await createGroup({ name: "Sorggruppe for forældre" });
    const rare = await db.group.create({
      data: {
        ...groupSearchColumns({ name: "Vandrere ved fjorden", description: "Vi går ture langs Ringkøbing Fjord.", place: "Herning" }),
        name: "Vandrere ved fjorden",
        description: "Vi går ture langs Ringkøbing Fjord.",
        slug: "vandrere",
        topic: "PHYSICAL_ACTIVITY",
        ageBand: "ADULTS",
        state: "STARTING",
      },
    });
    const slugs = async (q: string) => (await listCatalogue({ openOnly: false, q }, await listTopics())).groups.map((g) => g.slug);
    expect(await slugs("ringkøbing")).toEqual([rare.slug]);
    expect(await slugs("RINGKØBING fjord")).toEqual([rare.slug]);
    expect(await slugs("zzzz")).toEqual([]);
    expect((await listCatalogue({ openOnly: false, q: "zzzz" }, await listTopics())).count).toBe(0);
    expect((await slugs("sorg")).length).toBe(1);
    await db.group.update({
      where: { id: rare.id },
      data: groupSearchColumns({ name: "Vandrere ved åen", description: "Ture langs Herning Å.", place: "Herning" }),
    });
    expect(await slugs("ringkøbing")).toEqual([]);
    expect(await slugs("ved åen")).toEqual([rare.slug]);
  });
});
