import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { launchBrowser, newContext, seriousA11yViolations, signIn } from "../helpers/browser";
import { e2eDb } from "../helpers/e2e-db";

// A coordinator looks up last years' anonymous figures for the municipality and downloads them.
describe("yearly figures as an administrator", () => {
  let browser: Browser;
  let db: PrismaClient;
  let page: Page;
  const stamp = Date.now().toString(36);
  const memberName = `E2E Statistik ${stamp}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    db = e2eDb();
    // One participant in a divorce group in 2021: a cell that must be suppressed.
    const member = await db.member.create({
      data: {
        name: memberName,
        email: `statistik-${stamp}@e2e.test`,
        postcode: "7400",
        consentAt: new Date("2021-03-01"),
        consentVersion: "e2e",
        createdAt: new Date("2021-03-01"),
      },
    });
    await db.group.create({
      data: {
        slug: `e2e-statistik-${stamp}`,
        name: `E2E Statistikgruppe ${stamp}`,
        topic: "DIVORCE",
        ageBand: "ADULTS",
        description: "En gruppe.",
        state: "ENDED",
        createdAt: new Date("2021-01-10"),
        stateChanges: {
          create: [
            { fromState: "PLANNED", toState: "STARTING", createdAt: new Date("2021-02-01") },
            { fromState: "STARTING", toState: "ENDED", createdAt: new Date("2021-10-01") },
          ],
        },
        participations: { create: { memberId: member.id, joinedAt: new Date("2021-03-01"), leftAt: new Date("2021-10-01") } },
      },
    });
    page = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
  });

  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  it("opens the figures from the menu for the current year", async () => {
    await page.goto("/admin");
    // On a phone the links are behind "Menu" (components/admin/admin-nav.tsx).
    await page.getByRole("navigation", { name: "Administration" }).getByText("Menu").click();
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Statistik" }).click();
    await page.waitForURL("**/admin/statistik");
    const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric" }).format(new Date());
    expect(await page.getByRole("heading", { level: 1, name: `Statistik ${year}` }).count()).toBe(1);
    expect(await page.getByRole("table", { name: /efter emne/ }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("picks another year, suppresses a single participant and downloads the CSV without names", async () => {
    await page.getByLabel("År", { exact: true }).selectOption("2021");
    await page.getByRole("button", { name: "Vis" }).click();
    await page.waitForURL("**/admin/statistik?aar=2021");
    expect(await page.getByRole("heading", { level: 1, name: "Statistik 2021" }).count()).toBe(1);
    expect(await page.getByTestId("deltagere-DIVORCE").textContent()).toBe("< 3");
    expect(await page.getByText(memberName).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const href = await page.getByRole("link", { name: "Hent tallene for 2021 som CSV" }).getAttribute("href");
    const res = await page.context().request.get(href!);
    expect(res.status()).toBe(200);
    const text = (await res.body()).toString("utf8");
    expect(text.startsWith("\uFEFFÅr;Afsnit;Kategori;Antal\r\n")).toBe(true);
    expect(text).toContain("2021;Deltagere efter emne;Skilsmisse;< 3");
    expect(text).not.toContain(memberName);
    expect(text).not.toContain("@");
  });
});
