import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseContentBody } from "@/lib/content/body";
import { INFO_PAGE_HEADINGS, infoPageFromText } from "@/prisma/content/info-page";

describe("the information page text", () => {
  const text = fs.readFileSync("prisma/content/hvad-er-en-selvhjaelpsgruppe.txt", "utf8");

  it("becomes a title and a body with the four section headings in order and every paragraph", () => {
    const { title, body } = infoPageFromText(text);
    expect(title).toBe("Hvad er en selvhjælpsgruppe?");
    const blocks = parseContentBody(body);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([...INFO_PAGE_HEADINGS]);
    expect(blocks[0]).toEqual({ kind: "heading", text: "Det hjælper at få talt om problemerne" });
    const paragraphs = blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
    expect(paragraphs).toContain("For at kunne deltage i grupper, skal du være medlem af Selvhjælp Herning. Det koster 100 kr. årligt.");
    expect(paragraphs.at(-1)).toBe("Igangsætterne trækker sig først, når gruppen er i stand til at køre selv.");
    expect(paragraphs).toHaveLength(text.split(/\n\s*\n/).filter((b) => b.trim()).length - 1 - INFO_PAGE_HEADINGS.length);
  });
});
