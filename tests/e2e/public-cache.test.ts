import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { UI_TIMEOUT, baseUrl, launchBrowser, newContext, signIn } from "../helpers/browser";
import { addedFiles, pageCacheFootprint } from "../../scripts/page-cache.mjs";

// The public pages served from Next's page cache (lib/cache/public-routes.ts, lib/cache/invalidate.ts): the
// catalogue and its common filters, the application form, the static forms and login page. Real HTTP
// against the built app: a cached copy is served as such, and a change made through the admin shows
// on the next request.

const DIST = path.join(process.cwd(), ".next-e2e");
const get = (address: string, init: RequestInit = {}) => fetch(baseUrl() + address, { redirect: "manual", ...init });

/** Fetches an address twice: the second answer comes from the page cache when the page is cached. */
async function servedFromCache(address: string): Promise<{ cache: string | null; html: string }> {
  await (await get(address)).arrayBuffer();
  const res = await get(address);
  expect(res.status, address).toBe(200);
  return { cache: res.headers.get("x-nextjs-cache"), html: await res.text() };
}

describe("the public pages served from the page cache", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const adminPage = async (): Promise<Page> => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
    return page;
  };

  it("shows a group created, renamed and closed in the admin on the next request to the cached catalogue and application form", async () => {
    const name = `Gå-gruppe i cachen ${Date.now().toString(36)}`;
    const slug = name.toLowerCase().replace("å", "aa").replace(/ /g, "-");
    const addresses = ["/grupper", "/grupper?emne=fysisk-aktivitet", "/grupper?emne=fysisk-aktivitet&alder=voksne"];
    for (const address of addresses) {
      const { cache, html } = await servedFromCache(address);
      expect(cache, address).toBe("HIT");
      expect(html).not.toContain(name);
    }

    const admin = await adminPage();
    await admin.goto("/admin/grupper/ny");
    await admin.getByLabel("Navn").fill(name);
    await admin.getByLabel("Emne").selectOption({ label: "Fysisk aktivitet" });
    await admin.getByLabel("Aldersgruppe").selectOption({ label: "Voksne" });
    await admin.getByLabel("Beskrivelse").fill("Vi går en tur sammen og taler om det, der fylder.");
    await admin.getByLabel("Ugedag").selectOption({ label: "Fredag" });
    await admin.getByLabel("Starttidspunkt").fill("10:00");
    await admin.getByLabel("Åben for nye deltagere").check();
    await admin.getByRole("button", { name: "Opret gruppe" }).click();
    await admin.waitForURL((url) => /^\/admin\/grupper\/(?!ny$)[^/]+$/.test(url.pathname), { timeout: UI_TIMEOUT });
    const groupPath = new URL(admin.url()).pathname;

    for (const address of addresses) expect(await (await get(address)).text(), address).toContain(name);
    const apply = await servedFromCache(`/grupper/${slug}/ansoeg`);
    expect(apply.cache).toBe("HIT");
    expect(apply.html).toContain("Din ansøgning");

    // Renamed and closed for newcomers: the cached copies follow at once.
    const renamed = `${name} (ny)`;
    await admin.goto(`${groupPath}/rediger`);
    await admin.getByLabel("Navn").fill(renamed);
    await admin.getByLabel("Åben for nye deltagere").uncheck();
    await admin.getByRole("button", { name: "Gem ændringer" }).click();
    await admin.waitForURL((url) => url.pathname === groupPath, { timeout: UI_TIMEOUT });

    const filtered = await (await get("/grupper?emne=fysisk-aktivitet")).text();
    expect(filtered).toContain(renamed);
    const closed = await (await get(`/grupper/${slug}/ansoeg`)).text();
    expect(closed).toContain("Du kan ikke søge denne gruppe lige nu");
    expect(closed).not.toContain("Din ansøgning");
  });

  it("stores nothing for a free-text search, three filters, a far page or a request straight to the internal route", async () => {
    await servedFromCache("/grupper?emne=sorg");
    const before = pageCacheFootprint(DIST);
    for (let i = 0; i < 20; i++) {
      const token = Math.random().toString(36).slice(2);
      expect((await get(`/grupper?q=${token}`)).status).toBe(200);
      expect((await get(`/grupper?emne=sorg&alder=voksne&dag=mandag&q=${token}`)).status).toBe(200);
    }
    expect((await get("/grupper?emne=sorg&alder=voksne&dag=tirsdag")).headers.get("x-nextjs-cache")).toBeNull();
    expect((await get("/grupper?side=40")).status).toBe(307); // past the last page: back to page 1
    for (const internal of [
      "/udvalg/grupper/side/2",
      `/udvalg/grupper/emne/${Math.random().toString(36).slice(2)}`,
      `/udvalg/soeg?q=${Math.random().toString(36).slice(2)}`,
      `/udvalg/interesse/emne/x${Math.random().toString(36).slice(2)}`,
      "/udvalg/login",
    ]) {
      const res = await get(internal);
      expect(res.status, internal).toBe(307);
      expect(new URL(res.headers.get("location")!, baseUrl()).pathname).toMatch(/^\/(grupper|interesse|login)$/);
    }
    expect(addedFiles(before, pageCacheFootprint(DIST))).toEqual([]);
  });

  it("prerenders the forms and the login page, and still sends a signed-in administrator from /login to /admin", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "prerender-manifest.json"), "utf8"));
    expect(Object.keys(manifest.routes)).toEqual(expect.arrayContaining(["/grupper", "/login", "/bliv-medlem", "/interesse"]));
    for (const address of ["/login", "/bliv-medlem", "/interesse", "/interesse?emne=sorg&alder=unge"]) {
      expect((await servedFromCache(address)).cache, address).toBe("HIT");
    }
    // A stale cookie gets the login page rendered for it, not a redirect loop.
    const stale = await get("/login", { headers: { cookie: "next-auth.session-token=ikke-gyldig" } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toContain("Log ind");

    const admin = await adminPage();
    await admin.goto("/login");
    await admin.waitForURL((url) => url.pathname === "/admin", { timeout: UI_TIMEOUT });
  });

  it("fills in the interest form's topic and age band from the link, without JavaScript", async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: "da-DK", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/interesse?emne=sorg&alder=unge");
    expect(await page.getByLabel("Emne").inputValue()).toBe("GRIEF");
    expect(await page.getByLabel("Aldersgruppe").inputValue()).toBe("YOUTH");
    await page.goto("/interesse");
    expect(await page.getByLabel("Emne").inputValue()).toBe("");
    await context.close();
  });
});
