import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { e2eDb } from "../helpers/e2e-db";
import { launchBrowser, newContext, seriousA11yViolations, signIn, UI_TIMEOUT } from "../helpers/browser";

// An administrator adds a venue with step-free access and a group there; the group's public page shows
// the venue, its accessibility in plain Danish and a plain link to the address on a map. An online
// group's page says the link comes with admission, and the link is nowhere in the page.
describe("venues the administrators keep", () => {
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

  async function newGroup(name: string, where: (page: Page) => Promise<void>) {
    await admin.goto("/admin/grupper/ny");
    await admin.getByLabel("Navn").fill(name);
    await admin.getByLabel("Emne").selectOption({ label: "Sorg" });
    await admin.getByLabel("Beskrivelse").fill("En gruppe for voksne, der har mistet en nærtstående og vil dele erfaringer.");
    await where(admin);
    await admin.getByRole("button", { name: "Opret gruppe" }).click();
    await admin.waitForURL(/\/admin\/grupper\/(?!ny)[^/]+$/, { timeout: UI_TIMEOUT });
  }

  it("adds a venue with step-free access and a group there; the public page shows its accessibility and a map link", async () => {
    await admin.goto("/admin");
    await admin.getByRole("link", { name: "Mødesteder" }).first().click();
    await admin.waitForURL(/\/admin\/steder$/);
    expect(await seriousA11yViolations(admin)).toEqual([]);
    const form = admin.getByRole("form", { name: "Opret mødested" });
    await form.getByLabel("Navn").fill("Kulturhuset Gullestrup");
    await form.getByLabel("Adresse").fill("Gullestrupvej 3");
    await form.getByLabel("Postnummer").fill("7400");
    await form.getByLabel("By").fill("Herning");
    await form.getByLabel("Vejvisning").fill("Indgang fra parkeringspladsen. Lokalet ligger i stueetagen.");
    await form.getByLabel("Trinfri adgang").check();
    await form.getByLabel("Handicaptoilet").check();
    await form.getByRole("button", { name: "Opret mødested" }).click();
    await admin
      .getByRole("alert")
      .or(admin.getByRole("status"))
      .filter({ hasText: "Kulturhuset Gullestrup er oprettet" })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
    await admin.getByRole("link", { name: "Kulturhuset Gullestrup" }).waitFor({ timeout: UI_TIMEOUT });

    await newGroup("Sorg i Gullestrup", async (page) => {
      await page.getByLabel("Sted", { exact: true }).selectOption({ label: "Kulturhuset Gullestrup, Herning" });
    });

    await visitor.goto("/grupper/sorg-i-gullestrup");
    const venue = visitor.getByRole("region", { name: "Mødested" });
    await venue.waitFor({ timeout: UI_TIMEOUT });
    expect(await venue.textContent()).toContain("Kulturhuset Gullestrup");
    expect(await venue.textContent()).toContain("Gullestrupvej 3, 7400 Herning");
    expect(await venue.textContent()).toContain("Indgang fra parkeringspladsen");
    const access = await venue.getByRole("listitem").allTextContents();
    expect(access).toEqual(["Trinfri adgang", "Handicaptoilet"]);
    const map = venue.getByRole("link", { name: /^Se adressen på et kort\s*:\s*Gullestrupvej 3, 7400 Herning/ });
    expect(await map.getAttribute("href")).toBe("https://www.openstreetmap.org/search?query=Gullestrupvej%203%2C%207400%20Herning");
    // A plain link: no map is embedded, no third-party script runs.
    expect(await visitor.locator("iframe").count()).toBe(0);
    expect(await visitor.locator("script[src^='http']").count()).toBe(0);
    expect(await seriousA11yViolations(visitor)).toEqual([]);

    // The venue in use cannot be deleted: the page offers only retiring it.
    await admin.goto("/admin/steder");
    await admin.getByRole("link", { name: "Kulturhuset Gullestrup" }).click();
    await admin.getByRole("button", { name: /Sæt som udgået/ }).waitFor({ timeout: UI_TIMEOUT });
    expect(await admin.getByRole("button", { name: /^Slet/ }).count()).toBe(0);
    expect(await seriousA11yViolations(admin)).toEqual([]);
  });

  it("an online group's page says the link comes with admission and never shows it", async () => {
    const secret = "https://moede.example/rum/e2e-hemmelig-42";
    await newGroup("Sorg online om aftenen", async (page) => {
      await page.getByRole("radio", { name: "Online" }).check();
      await page.getByLabel(/Link til onlinemøderne/).fill(secret);
    });
    // The group's staff see it in admin.
    expect(await admin.getByRole("main").textContent()).toContain(secret);
    const response = await visitor.goto("/grupper/sorg-online-om-aftenen");
    await visitor.getByRole("region", { name: "Online" }).getByText("Online – linket får du, når du er optaget").waitFor({ timeout: UI_TIMEOUT });
    expect(await response!.text()).not.toContain("e2e-hemmelig-42");
    expect(await (await visitor.request.get("/grupper.json")).text()).not.toContain("e2e-hemmelig-42");
    expect(await seriousA11yViolations(visitor)).toEqual([]);
    expect((await db.group.findUniqueOrThrow({ where: { slug: "sorg-online-om-aftenen" }, select: { onlineUrl: true } })).onlineUrl).toBe(secret);
  });
});
