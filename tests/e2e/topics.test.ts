import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { e2eDb } from "../helpers/e2e-db";
import { launchBrowser, newContext, seriousA11yViolations, signIn, UI_TIMEOUT } from "../helpers/browser";

// An administrator adds the topic "Angst" and a group on it; the public catalogue filters on it. Once
// the topic is retired the filter no longer offers it, while the group's page still names it.
describe("topics the administrators keep", () => {
  const db = e2eDb();
  let browser: Browser;
  let admin: Page;
  let visitor: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await (await newContext(browser)).newPage();
    visitor = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(admin, inject("adminEmail"), inject("adminPassword"));
  });
  afterAll(async () => {
    await browser?.close();
    await db.$disconnect();
  });

  const status = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text }).waitFor({ timeout: UI_TIMEOUT });
  const topicChoices = async (page: Page) => (await page.getByLabel("Emne").locator("option").allTextContents()).map((t) => t.trim());

  it("adds Angst, a group on it, filters the catalogue on it, orders it by keyboard, retires it", async () => {
    await admin.goto("/admin/indstillinger");
    await admin.getByRole("main").getByRole("link", { name: "Emner" }).click();
    await admin.waitForURL(/\/admin\/emner$/);
    expect(await seriousA11yViolations(admin)).toEqual([]);
    const create = admin.getByRole("region", { name: "Opret et nyt emne" });
    await create.getByLabel("Navn").fill("Angst");
    await create.getByLabel("Kort beskrivelse").fill("For dig, der lever med angst eller uro og vil mødes med andre, der kender den.");
    await create.getByRole("button", { name: "Opret emne" }).click();
    await status(admin, "Emnet Angst er oprettet");
    await admin.getByRole("heading", { name: /Angst$/ }).waitFor({ timeout: UI_TIMEOUT });

    await admin.goto("/admin/grupper/ny");
    await admin.getByLabel("Navn").fill("Angst og uro for voksne");
    await admin.getByLabel("Emne").selectOption({ label: "Angst" });
    await admin.getByLabel("Beskrivelse").fill("En gruppe for voksne, der lever med angst og gerne vil dele erfaringer.");
    await admin.getByLabel("Sted", { exact: true }).selectOption({ label: "Selvhjælp Herning" });
    await admin.getByRole("button", { name: "Opret gruppe" }).click();
    await admin.waitForURL(/\/admin\/grupper\/(?!ny)[^/]+$/, { timeout: UI_TIMEOUT });

    await visitor.goto("/grupper");
    expect(await topicChoices(visitor)).toContain("Angst");
    await visitor.getByLabel("Emne").selectOption({ label: "Angst" });
    await visitor.getByRole("button", { name: "Vis grupper" }).click();
    await visitor.waitForURL(/\/grupper\?emne=angst$/);
    const results = visitor.getByRole("region", { name: /1 gruppe/ });
    await results.getByRole("link", { name: "Angst og uro for voksne" }).waitFor({ timeout: UI_TIMEOUT });
    expect(await results.textContent()).toContain("For dig, der lever med angst eller uro");
    expect(await seriousA11yViolations(visitor)).toEqual([]);
    await visitor.goto("/");
    await visitor.getByRole("navigation", { name: "Efter emne" }).getByRole("link", { name: "Angst" }).waitFor({ timeout: UI_TIMEOUT });

    // Angst is last; moved up with the keyboard, it is one place higher and keeps the focus.
    await admin.goto("/admin/emner");
    const headings = () => admin.getByRole("main").getByRole("listitem").getByRole("heading", { level: 3 }).allTextContents();
    const before = await headings();
    expect(before.at(-1)).toMatch(/Angst$/);
    await admin.getByRole("button", { name: "Flyt op Angst" }).focus();
    await admin.keyboard.press("Enter");
    await status(admin, "Angst er flyttet op.");
    await expect.poll(async () => (await headings()).at(-2)).toMatch(/Angst$/);
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe("Flyt op Angst");

    admin.once("dialog", (dialog) => void dialog.accept());
    await admin.getByRole("button", { name: "Sæt som udgået Angst" }).click();
    await status(admin, "Angst er sat som udgået.");
    await admin.getByRole("heading", { name: /Angst – udgået/ }).waitFor({ timeout: UI_TIMEOUT });

    await visitor.goto("/grupper");
    expect(await topicChoices(visitor)).not.toContain("Angst");
    expect(await topicChoices(visitor)).toContain("Sorg");
    await visitor.goto("/grupper/angst-og-uro-for-voksne");
    const header = visitor.getByRole("main").locator("header");
    expect(await header.textContent()).toContain("Angst");
    expect(await header.getByRole("link", { name: "Angst" }).count()).toBe(0);
    expect((await db.group.findUniqueOrThrow({ where: { slug: "angst-og-uro-for-voksne" }, select: { topic: true } })).topic).toBe(
      (await db.topic.findUniqueOrThrow({ where: { slug: "angst" }, select: { key: true } })).key,
    );
  });
});
