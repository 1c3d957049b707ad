import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { UI_TIMEOUT, baseUrl, launchBrowser, newContext, signIn } from "../helpers/browser";
import { addedFiles, pageCacheFootprint } from "../../scripts/page-cache.mjs";

// The public pages served from Next's page cache (lib/cache/public-rewrites.mjs, lib/cache/invalidate.ts):
// the catalogue and its common filters, the application form, the static forms and login page. Real HTTP
// against the built app: a cached copy is served as such, a change made through the admin shows on the
// next request, nothing a stranger sends makes the cache grow, and nobody's session ends up in a copy.

const DIST = path.join(process.cwd(), ".next-e2e");
const get = (address: string, init: RequestInit = {}) => fetch(baseUrl() + address, { redirect: "manual", ...init });
const token = () => Math.random().toString(36).slice(2);

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
    await admin.getByLabel("Sted", { exact: true }).selectOption({ label: "Selvhjælp Herning" });
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

    expect(await (await get("/grupper?emne=fysisk-aktivitet")).text()).toContain(renamed);
    const closed = await (await get(`/grupper/${slug}/ansoeg`)).text();
    expect(closed).toContain("Du kan ikke søge denne gruppe lige nu");
    expect(closed).not.toContain("Din ansøgning");
  });

  it("stores nothing for searches, unknown values, more filters, far pages or internal addresses asked for directly", async () => {
    // Next's own forms of a copy's address (its flight data, a segment): Next keeps one entry for the
    // first, so they are asked for once before counting and again after, when they must add nothing.
    const nextsOwnForms = async () => {
      for (const own of [
        "/udvalg/grupper/emne/sorg.rsc",
        `/udvalg/grupper/emne/sorg.segments/${token()}.segment.rsc`,
        "/grupper/sorggruppe-for-voksne.rsc",
      ])
        for (const headers of [{}, { rsc: "1" }] as Record<string, string>[]) await (await get(own, { headers })).arrayBuffer();
    };
    // The copies this test touches are in place first (a prerendered page is copied into the cache when
    // first served); what follows must add none.
    for (const address of ["/grupper", "/interesse", "/grupper?emne=sorg", "/interesse?emne=sorg"]) await servedFromCache(address);
    await (await get(`/grupper/ukendt-${token()}/ansoeg`)).arrayBuffer(); // the one 404 page for unknown groups
    await nextsOwnForms();
    const before = pageCacheFootprint(DIST);
    for (let i = 0; i < 15; i++) {
      for (const address of [
        `/grupper?q=${token()}`,
        `/grupper?emne=sorg&alder=voksne&dag=mandag&q=${token()}`,
        `/grupper?emne=${token()}`,
        `/grupper?emne=sorg&side=${6 + i}`,
        `/grupper?emne=sorg&utm_source=${token()}`,
        `/interesse?emne=${token()}&alder=${token()}`,
        `/grupper/ukendt-${token()}/ansoeg`,
      ]) {
        const res = await get(address);
        expect([200, 307, 404], address).toContain(res.status);
        await res.arrayBuffer();
      }
    }
    expect((await get("/grupper?emne=sorg&alder=voksne&dag=tirsdag")).headers.get("x-nextjs-cache")).toBeNull(); // rendered per request
    const far = await get("/grupper?side=40"); // past the last page: back to page 1
    expect(far.status).toBe(307);
    expect(far.headers.get("location")).toBe("/grupper");
    const spelled = await get("/grupper?emne=SORG");
    expect(spelled.status).toBe(307);
    expect(spelled.headers.get("location")).toBe("/grupper?emne=sorg");

    for (const internal of [
      "/udvalg/grupper/side/1",
      `/udvalg/grupper/emne/${token()}`,
      `/udvalg/grupper/emne/sorg/alder/voksne/dag/mandag`,
      `/udvalg/grupper/emne/sorg${token()}.rsc`,
      `/udvalg/interesse/emne/x${token()}`,
      `/udvalg/${token()}`,
    ]) {
      for (const headers of [{}, { rsc: "1" }] as Record<string, string>[]) {
        const res = await get(internal, { headers });
        expect(res.status, internal).toBe(404);
        await res.arrayBuffer();
      }
    }
    await nextsOwnForms();
    // One of the copies, asked for by its internal address: the same copy, nothing new.
    expect((await get("/udvalg/grupper/emne/sorg")).headers.get("x-nextjs-cache")).toBe("HIT");
    expect(addedFiles(before, pageCacheFootprint(DIST))).toEqual([]);
    expect(await (await get("/robots.txt")).text()).toContain("Disallow: /udvalg/\n");
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

  it("keeps a signed-in visitor's session out of every cached copy", async () => {
    const admin = await adminPage();
    const addresses = [
      "/",
      "/grupper",
      "/grupper?emne=sorg",
      "/grupper/sorggruppe-for-voksne",
      "/grupper/sorggruppe-for-voksne/ansoeg",
      "/interesse?emne=sorg",
      "/bliv-medlem",
    ];
    // The administrator's views first (they may fill a copy), then a stranger's: no trace of the first.
    for (const address of addresses) await admin.goto(address);
    const email = inject("adminEmail");
    for (const address of addresses) {
      const res = await get(address);
      expect(res.status, address).toBe(200);
      const html = await res.text();
      expect(html, address).not.toContain(email);
      expect(html, address).not.toMatch(/Log ud|\/admin\//);
      expect(res.headers.get("set-cookie"), address).toBeNull();
    }
    const login = await get("/login");
    expect(login.status).toBe(200);
    expect(await login.text()).toContain("Glemt adgangskode?");
  });

  it("fills in the interest form's topic and age band from the link, and filters the catalogue from the cache, without JavaScript", async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: "da-DK", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/interesse?emne=sorg&alder=unge");
    const topic = page.getByRole("combobox", { name: "Emne", exact: true });
    expect(await topic.inputValue()).toBe("GRIEF");
    expect(await page.getByRole("combobox", { name: "Aldersgruppe", exact: true }).inputValue()).toBe("YOUTH");
    await page.goto("/interesse");
    expect(await topic.inputValue()).toBe("");

    // The plain form sends its empty fields too; the cached copy of the same choice answers that address.
    await servedFromCache("/grupper?emne=sorg&alder=voksne");
    await page.goto("/grupper");
    await page.getByLabel("Emne").selectOption({ label: "Sorg" });
    await page.getByLabel("Aldersgruppe").selectOption({ label: "Voksne" });
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === "/grupper" && r.request().resourceType() === "document"),
      page.getByRole("button", { name: "Vis grupper" }).click(),
    ]);
    expect(new URL(page.url()).searchParams.get("emne")).toBe("sorg");
    expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await page.getByRole("link", { name: "Sorggruppe for voksne" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Unge i sorg" }).count()).toBe(0);
    await context.close();
  });
});
