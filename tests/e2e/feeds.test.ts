import path from "node:path";
import ICAL from "ical.js";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addedFiles, pageCacheFootprint } from "../../scripts/page-cache.mjs";
import { baseUrl, launchBrowser, newContext, seriousA11yViolations, signIn, UI_TIMEOUT } from "../helpers/browser";
import { e2eDb } from "../helpers/e2e-db";
import { groupsFeedValidator } from "../helpers/feed-schema";
import { testScryptHash } from "../helpers/http-session";
import { groupSearchColumns } from "@/lib/groups/search";

const GROUP = "sorggruppe-for-voksne"; // seeded: every other Tuesday at 19:00
const FACILITATOR_EMAIL = "kalender-igangsaetter@e2e.test";
const FACILITATOR_PASSWORD = "kalender-test-kode-123";

const get = (p: string) => fetch(`${baseUrl()}${p}`);
const summaries = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("summary")));

describe("feeds over HTTP against the built app", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("/grupper.json validates against its published schema and lists no ended group", async () => {
    const response = await get("/grupper.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as Array<{ slug: string }>;
    const validate = groupsFeedValidator();
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(body.map((g) => g.slug)).toContain(GROUP);
    expect(body.map((g) => g.slug)).not.toContain("ung-og-ensom"); // seeded as ended
    const schema = await get("/grupper.schema.json");
    expect(schema.status).toBe(200);
    expect((await schema.json()).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("a group's calendar file downloads as text/calendar and parses; an ended group's is a 404", async () => {
    const response = await get(`/grupper/${GROUP}/kalender.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${GROUP}.ics"`);
    const text = await response.text();
    expect(text).toContain("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\r\n");
    expect(summaries(text)).toEqual(["Sorggruppe for voksne"]);
    expect((await get("/grupper/ung-og-ensom/kalender.ics")).status).toBe(404);
  });

  it("unknown slugs' calendar files are a 404 from the proxy and leave nothing in the page cache", async () => {
    const dist = path.join(process.cwd(), ".next-e2e");
    const before = pageCacheFootprint(dist);
    for (const slug of [
      ...Array.from({ length: 20 }, (_, i) => `ukendt-${i}-${Math.random().toString(36).slice(2)}`),
      "x".repeat(3000),
      "Ukendt_Slug",
    ]) {
      const response = await get(`/grupper/${slug}/kalender.ics`);
      expect(response.status, slug.slice(0, 30)).toBe(404);
      expect(await response.text()).toBe("Kalenderen findes ikke.");
    }
    expect(addedFiles(before, pageCacheFootprint(dist))).toEqual([]);
  });

  it("robots.txt and sitemap.xml", async () => {
    const robots = await (await get("/robots.txt")).text();
    for (const path of ["/admin", "/login", "/bekraeft", "/invitation", "/min-side", "/kalender/"]) expect(robots).toContain(`Disallow: ${path}\n`);
    // The site's address is the one it was built with (E2E_REUSE_BUILD keeps an earlier port).
    expect(robots).toMatch(/\nSitemap: http:\/\/localhost:\d+\/sitemap\.xml\n/);
    const sitemap = await (await get("/sitemap.xml")).text();
    expect(sitemap).toMatch(new RegExp(`<loc>http://localhost:\\d+/grupper/${GROUP}</loc>`));
    expect(sitemap).not.toContain("/admin");
    expect(sitemap).not.toContain("/grupper/ung-og-ensom<");
  });

  it("the group page has 'Tilføj til kalender' and schema.org data, under the CSP without a violation", async () => {
    const page = await (await newContext(browser)).newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`/grupper/${GROUP}`);
    const link = page.getByRole("link", { name: "Tilføj til kalender" });
    expect(await link.getAttribute("href")).toBe(`/grupper/${GROUP}/kalender.ics`);
    expect(await link.evaluate((a) => document.getElementById(a.getAttribute("aria-describedby") ?? "")?.textContent ?? "")).toContain(".ics");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`${GROUP}.ics`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
    expect(data).toMatchObject({
      "@type": "Event",
      name: "Sorggruppe for voksne",
      eventSchedule: { repeatFrequency: "P2W", byDay: "https://schema.org/Tuesday" },
    });
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("a facilitator's change to the rhythm reaches the calendar file and /grupper.json; their private feed is made, remade and deleted", async () => {
    const db = e2eDb();
    try {
      const id = Date.now().toString(36);
      const name = `Kalendergruppe ${id}`;
      const text = { name, description: "En gruppe til kalenderprøven.", place: "Fredensgade 14, 7400 Herning" };
      const group = await db.group.create({
        data: {
          name: text.name,
          description: text.description,
          ...groupSearchColumns(text),
          slug: `kalendergruppe-${id}`,
          topic: "LONELINESS",
          ageBand: "ADULTS",
          cadence: "WEEKLY",
          weekday: 1,
          startTime: "18:00",
          state: "STARTING",
        },
      });
      const user = await db.user.upsert({
        where: { email: FACILITATOR_EMAIL },
        update: { active: true, passwordHash: testScryptHash(FACILITATOR_PASSWORD) },
        create: {
          email: FACILITATOR_EMAIL,
          name: "Kalender Igangsætter",
          role: "FACILITATOR",
          passwordHash: testScryptHash(FACILITATOR_PASSWORD),
          facilitator: { create: { courseCompletedAt: new Date("2025-01-01") } },
        },
        select: { facilitator: { select: { id: true } } },
      });
      await db.facilitatorAssignment.deleteMany({ where: { facilitatorId: user.facilitator!.id } });
      await db.facilitatorAssignment.create({ data: { groupId: group.id, facilitatorId: user.facilitator!.id } });

      // Written straight into the database: the proxy knows the slug once it reads its list again.
      await expect.poll(async () => (await get(`/grupper/${group.slug}/kalender.ics`)).status).toBe(200);
      expect(await (await get(`/grupper/${group.slug}/kalender.ics`)).text()).toContain("BYDAY=MO\r\n");

      const page = await (await newContext(browser, { mobile: true })).newPage();
      page.on("dialog", (d) => void d.accept());
      await signIn(page, FACILITATOR_EMAIL, FACILITATOR_PASSWORD);

      await page.goto(`/admin/mine-grupper/${group.id}`);
      await page.getByLabel("Ugedag").selectOption({ label: "Onsdag" });
      await page.getByRole("button", { name: "Gem gruppens aftaler" }).click();
      await page.getByText("Gruppens aftaler er gemt").waitFor({ timeout: UI_TIMEOUT });
      await expect.poll(async () => (await get(`/grupper/${group.slug}/kalender.ics`)).text()).toContain("BYDAY=WE\r\n");
      const entry = async () =>
        ((await (await get("/grupper.json")).json()) as Array<{ slug: string; day: number }>).find((g) => g.slug === group.slug);
      await expect.poll(entry).toMatchObject({ day: 3 });

      await page.goto("/admin/mine-grupper");
      const region = page.getByRole("region", { name: "Mine grupper i kalenderen" });
      await region.getByRole("button", { name: "Lav kalenderlink" }).click();
      const field = region.getByLabel("Dit kalenderlink");
      await field.waitFor({ timeout: UI_TIMEOUT });
      const first = await field.inputValue();
      expect(first).toMatch(new RegExp(`^${baseUrl()}/kalender/[A-Za-z0-9_-]{43}\\.ics$`));
      expect(await seriousA11yViolations(page)).toEqual([]);
      const feed = await fetch(first);
      expect(feed.status).toBe(200);
      expect(feed.headers.get("cache-control")).toBe("private, no-store");
      const feedText = await feed.text();
      expect(summaries(feedText)).toEqual([name]);
      expect(feedText).toContain("BYDAY=WE\r\n");

      await region.getByRole("button", { name: "Lav nyt link" }).click();
      await expect.poll(() => field.inputValue()).not.toBe(first);
      const second = await field.inputValue();
      expect((await fetch(first)).status).toBe(404);
      expect((await fetch(second)).status).toBe(200);

      await region.getByRole("button", { name: "Slet link" }).click();
      await region.getByText("Kalenderlinket er slettet.").waitFor({ timeout: UI_TIMEOUT });
      expect((await fetch(second)).status).toBe(404);
      // The page is read again after the change and no longer offers to delete.
      await region.getByText("Du har ikke noget kalenderlink endnu.").waitFor({ timeout: UI_TIMEOUT });
      expect(await region.getByRole("button", { name: "Slet link" }).count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
