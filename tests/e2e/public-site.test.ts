import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { e2eDb } from "../helpers/e2e-db";
import { baseUrl, launchBrowser, newContext, seriousA11yViolations, signIn } from "../helpers/browser";
import { addedFiles, pageCacheFootprint } from "../../scripts/page-cache.mjs";

const INFO_HEADINGS = ["Det hjælper at få talt om problemerne", "Tavshedspligt", "Fælles ansvar", "Sikre rammer for alle i gruppen"];

describe("the public site", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openPage = async (opts: { mobile?: boolean } = {}): Promise<Page> => (await newContext(browser, opts)).newPage();

  it("leads from the front page to the information page, the catalogue, a filtered list and a group", async () => {
    const page = await openPage();
    await page.goto("/");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("main").getByRole("link", { name: "Hvad er en selvhjælpsgruppe?" }).click();
    await page.waitForURL("**/hvad-er-en-selvhjaelpsgruppe");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Hvad er en selvhjælpsgruppe?");
    for (const heading of INFO_HEADINGS) expect(await page.getByRole("heading", { level: 2, name: heading, exact: true }).count()).toBe(1);
    expect(await page.getByText("Det koster 100 kr. årligt.").isVisible()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("main").getByRole("link", { name: "Find en gruppe" }).click();
    await page.waitForURL((url) => url.pathname === "/grupper");
    expect(await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Find en gruppe" }).getAttribute("aria-current")).toBe(
      "page",
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.getByRole("link", { name: "Unge i sorg" }).count()).toBe(1);

    await page.getByLabel("Emne").selectOption({ label: "Sorg" });
    await page.getByLabel("Aldersgruppe").selectOption({ label: "Voksne" });
    await page.getByRole("button", { name: "Vis grupper" }).click();
    await page.waitForURL((url) => url.search === "?emne=sorg&alder=voksne");
    expect(await page.getByRole("link", { name: "Sorggruppe for voksne" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Unge i sorg" }).count()).toBe(0);
    expect(await page.getByLabel("Emne").inputValue()).toBe("sorg");

    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/grupper" && url.search === "");
    expect(await page.getByRole("link", { name: "Unge i sorg" }).count()).toBe(1);
    await page.goForward();
    await page.waitForURL((url) => url.search === "?emne=sorg&alder=voksne");

    await page.getByRole("link", { name: "Sorggruppe for voksne" }).click();
    await page.waitForURL("**/grupper/sorggruppe-for-voksne");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sorggruppe for voksne");
    const text = (await page.getByRole("main").textContent()) ?? "";
    expect(text).toContain("gensidighed, ligeværd og anerkendelse");
    expect(text).toContain("Tavshedspligt");
    expect(text).toContain("Tirsdag kl. 19.00–21.00");
    expect(text).toContain("Tager imod nye deltagere");
    // Participants are never shown publicly.
    const db = e2eDb();
    const members = await db.member.findMany({ select: { name: true, email: true } });
    await db.$disconnect();
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(text).not.toContain(m.name);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("prerenders the information page, the front page and the unfiltered catalogue as static pages in the build", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next-e2e", "prerender-manifest.json"), "utf8"));
    expect(Object.keys(manifest.routes)).toEqual(expect.arrayContaining(["/", "/hvad-er-en-selvhjaelpsgruppe", "/grupper"]));
  });

  it("says an ended group has ended and points to similar groups that have not", async () => {
    const page = await openPage();
    await page.goto("/grupper/ung-og-ensom");
    expect(await page.getByRole("heading", { name: "Gruppen er afsluttet" }).count()).toBe(1);
    const similar = page.getByRole("region", { name: "Gruppen er afsluttet" }).getByRole("article");
    expect(await similar.count()).toBeGreaterThan(0);
    expect(await similar.filter({ hasText: "Gruppen er afsluttet" }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("answers an unknown group with a real 404 page", async () => {
    const page = await openPage();
    const response = await page.goto("/grupper/findes-ikke");
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Vi kan ikke finde gruppen");
    expect(await seriousA11yViolations(page)).toEqual([]);
    const other = await page.goto("/en-side-der-ikke-findes");
    expect(other?.status()).toBe(404);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("loads the public pages under the Content-Security-Policy without a single violation", async () => {
    const page = await openPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const p of ["/", "/hvad-er-en-selvhjaelpsgruppe", "/grupper", "/grupper/sorggruppe-for-voksne", "/bliv-medlem", "/login"]) {
      const response = await page.goto(p);
      expect(response?.headers()["content-security-policy"], p).toMatch(/default-src 'self'/);
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
  });

  it("writes nothing to the page cache for group slugs no group has, well-formed or not", async () => {
    const dist = path.join(process.cwd(), ".next-e2e");
    // Next 16 copies a prerendered page into server/route-cache the first time it serves it, the one
    // 404 page for unknown groups (/ukendt-gruppe) too: one unknown slug first puts that single entry in place.
    expect((await fetch(`${baseUrl()}/grupper/ukendt-${Math.random().toString(36).slice(2)}`)).status).toBe(404);
    const before = pageCacheFootprint(dist);
    const slugs = [
      ...Array.from({ length: 50 }, (_, i) => `ukendt-${i}-${Math.random().toString(36).slice(2)}`),
      "x".repeat(5000),
      `Ukendt_${Math.random().toString(36).slice(2)}`,
    ];
    for (const slug of slugs) {
      const response = await fetch(`${baseUrl()}/grupper/${slug}`);
      expect(response.status, slug.slice(0, 30)).toBe(404);
      expect(await response.text()).toContain("Vi kan ikke finde gruppen");
    }
    const after = pageCacheFootprint(dist);
    expect(addedFiles(before, after)).toEqual([]);
    expect({ count: after.count, bytes: after.bytes }).toEqual({ count: before.count, bytes: before.bytes });
  });

  it("opens a group created after the build at once, though the proxy's list of slugs was read before", async () => {
    const name = `Ny gruppe efter bygningen ${Date.now().toString(36)}`;
    const slug = name.toLowerCase().replace(/ /g, "-");
    // The proxy reads its list now, and once more for this miss: the new slug is in neither read.
    expect((await fetch(`${baseUrl()}/grupper/${slug}`)).status).toBe(404);
    const admin = await openPage();
    await signIn(admin, inject("adminEmail"), inject("adminPassword"));
    await admin.goto("/admin/grupper/ny");
    await admin.getByLabel("Navn").fill(name);
    await admin.getByLabel("Emne").selectOption({ label: "Sorg" });
    await admin.getByLabel("Beskrivelse").fill("En gruppe, der blev oprettet, efter at siden var bygget.");
    await admin.getByLabel("Sted", { exact: true }).selectOption({ label: "Selvhjælp Herning" });
    await admin.getByLabel("Ugedag").selectOption({ label: "Onsdag" });
    await admin.getByLabel("Starttidspunkt").fill("17:00");
    await admin.getByRole("button", { name: "Opret gruppe" }).click();
    await admin.waitForURL((url) => /^\/admin\/grupper\/(?!ny$)[^/]+$/.test(url.pathname));
    const response = await fetch(`${baseUrl()}/grupper/${slug}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(name);
  });

  it("explains an empty result and points to the interest list", async () => {
    const page = await openPage();
    await page.goto("/grupper?emne=ensomhed&alder=unge");
    expect(await page.getByText("Vi fandt ingen grupper").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Skriv dig på interesselisten" }).getAttribute("href")).toMatch(/^\/interesse/);
    await page.getByRole("link", { name: "Fjern aldersgruppen unge" }).click();
    await page.waitForURL((url) => url.search === "?emne=ensomhed");
    expect(await page.getByRole("link", { name: "Fællesskab mod ensomhed – for ældre" }).count()).toBe(1);
  });

  it("works on a phone: no sideways scrolling, filters usable, no serious accessibility violations", async () => {
    const page = await openPage({ mobile: true });
    for (const path of ["/", "/hvad-er-en-selvhjaelpsgruppe", "/grupper/paaroerende-til-en-med-demens"]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
    await page.goto("/grupper");
    await page.getByLabel("Vis kun grupper, der tager imod nye deltagere").check();
    await page.getByLabel("Ugedag").selectOption({ label: "Torsdag" });
    await page.getByRole("button", { name: "Vis grupper" }).click();
    await page.waitForURL((url) => url.search === "?dag=torsdag&aaben=1");
    expect(await page.getByRole("link", { name: "Unge pårørende til psykisk syge" }).count()).toBe(0); // full
    expect(await page.getByRole("link", { name: "Find dine egne ressourcer" }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("filters without JavaScript, landing on a tidy shareable address", async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: "da-DK", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/grupper");
    await page.getByLabel("Emne").selectOption({ label: "Pårørende" });
    await page.getByLabel("Søg").fill("demens");
    await page.getByRole("button", { name: "Vis grupper" }).click();
    await page.waitForURL((url) => url.search === "?emne=paaroerende&q=demens");
    expect(await page.getByRole("link", { name: "Pårørende til en med demens" }).count()).toBe(1);
    expect(await page.getByRole("article").count()).toBe(1);
    await context.close();
  });
});
