import { beforeEach, describe, expect, it } from "vitest";
import { savePageContent } from "@/lib/content/actions";
import { getPageContent } from "@/lib/content/data";
import { db } from "@/lib/db";
import { createAdmin, createFacilitator } from "../helpers/fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

const SLUG = "hvad-er-en-selvhjaelpsgruppe";

beforeEach(async () => {
  await db.auditEvent.deleteMany();
  await db.pageContent.deleteMany();
  await db.user.deleteMany();
  await db.pageContent.create({ data: { slug: SLUG, title: "Hvad er en selvhjælpsgruppe?", body: "Gammel tekst." } });
});

describe("savePageContent", () => {
  it("saves title and body, audits, and revalidates the public page", async () => {
    const admin = await createAdmin();
    signInAs(admin.id);
    const result = await savePageContent({ slug: SLUG, title: "Ny overskrift", body: "## Afsnit\n\nNy tekst." });
    expect(result).toEqual({ ok: true });
    expect(await getPageContent(SLUG)).toMatchObject({ title: "Ny overskrift", body: "## Afsnit\n\nNy tekst." });
    expect(revalidatedPaths()).toContain("/hvad-er-en-selvhjaelpsgruppe");
    expect(revalidatedPaths()).toContain("/admin");
    expect(
      await db.auditEvent.findFirst({ where: { action: "content.update", entityType: "PageContent", entityId: SLUG, actorUserId: admin.id } }),
    ).not.toBeNull();
    expect((await db.pageContent.findUniqueOrThrow({ where: { slug: SLUG } })).updatedByUserId).toBe(admin.id);
  });

  it("refuses empty or too long text with field errors and changes nothing", async () => {
    signInAs((await createAdmin()).id);
    const empty = await savePageContent({ slug: SLUG, title: "  ", body: "" });
    expect(!empty.ok && Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(["body", "title"]);
    const long = await savePageContent({ slug: SLUG, title: "x".repeat(151), body: "y".repeat(20_001) });
    expect(!long.ok && Object.keys(long.fieldErrors ?? {}).sort()).toEqual(["body", "title"]);
    const badSlug = await savePageContent({ slug: "../etc", title: "T", body: "B" });
    expect(!badSlug.ok && badSlug.fieldErrors?.slug).toBeTruthy();
    expect(await getPageContent(SLUG)).toMatchObject({ body: "Gammel tekst." });
    expect(await db.auditEvent.count()).toBe(0);
    expect(revalidatedPaths()).toEqual([]);
  });

  it("says so when the page does not exist", async () => {
    signInAs((await createAdmin()).id);
    expect(await savePageContent({ slug: "findes-ikke", title: "T", body: "B" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Siden findes ikke.",
    });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses anonymous callers and facilitators, and malformed input, without writing", async () => {
    const input = { slug: SLUG, title: "Ny", body: "Ny tekst." };
    expect(await savePageContent(input)).toMatchObject({ ok: false, code: "SIGNED_OUT" });
    signInAs((await createFacilitator()).user.id);
    expect(await savePageContent(input)).toMatchObject({ ok: false, code: "DENIED" });
    signInAs((await createAdmin()).id);
    for (const bad of [null, {}, { slug: SLUG, title: 7, body: [] }, { slug: SLUG, title: "T\u200B", body: "B" }]) {
      expect(await savePageContent(bad)).toMatchObject({ ok: false, code: "INVALID", message: expect.stringMatching(/felter/) });
    }
    expect(await getPageContent(SLUG)).toMatchObject({ title: "Hvad er en selvhjælpsgruppe?", body: "Gammel tekst." });
    expect(await db.auditEvent.count()).toBe(0);
  });
});
