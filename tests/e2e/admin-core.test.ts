import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { REDACTED_LINK } from "@/lib/users/invite-email";
import { e2eDb } from "../helpers/e2e-db";
import { launchBrowser, newContext, seriousA11yViolations, signIn } from "../helpers/browser";

const SLUG = "hvad-er-en-selvhjaelpsgruppe";

describe("the administrator's core journey", () => {
  const db = e2eDb();
  let browser: Browser;
  let page: Page;
  let original: { title: string; body: string } | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    original = await db.pageContent.upsert({
      where: { slug: SLUG },
      update: {},
      create: { slug: SLUG, title: "Hvad er en selvhjælpsgruppe?", body: "En selvhjælpsgruppe er et fællesskab." },
      select: { title: true, body: true },
    });
  });
  afterAll(async () => {
    // The browser tests share one server and database: put the information page back for the public-site
    // journey, through the admin form, since the public page is static and only a save revalidates it.
    if (original && browser) await restoreInformationPage(original);
    await browser?.close();
    await db.$disconnect();
  });

  async function restoreInformationPage({ title, body }: { title: string; body: string }) {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, inject("adminEmail"), inject("adminPassword"));
    await admin.goto(`/admin/indhold/${SLUG}`);
    await admin.getByLabel("Overskrift").fill(title);
    await admin.getByLabel("Tekst").fill(body);
    await admin.getByRole("button", { name: "Gem tekst" }).click();
    await admin.getByRole("status").filter({ hasText: "Teksten er gemt" }).waitFor();
    // One visit renders the static page again, so a reused build (E2E_REUSE_BUILD) starts from the original too.
    await admin.goto(`/${SLUG}`);
  }

  async function newApplication() {
    const now = new Date();
    const group =
      (await db.group.findFirst({ where: { state: { not: "ENDED" } }, select: { id: true } })) ??
      (await db.group.create({
        data: {
          slug: `e2e-core-${Date.now()}`,
          name: "E2E sorggruppe",
          topic: "GRIEF",
          ageBand: "ADULTS",
          description: "Test.",
        },
        select: { id: true },
      }));
    const member = await db.member.create({
      data: { name: "E2E Ansøger", email: `ansoeger-${Date.now()}@e2e.test`, postcode: "7400", consentAt: now, consentVersion: "e2e" },
    });
    const consent = { consentConfidentialityVersion: "e2e", consentSensitiveDataVersion: "e2e", consentFeeVersion: "e2e" };
    await db.application.create({
      data: { groupId: group.id, memberId: member.id, consentConfidentialityAt: now, consentSensitiveDataAt: now, consentFeeAt: now, ...consent },
    });
  }

  const newApplicationsCard = () => page.getByRole("link", { name: /Nye ansøgninger/ });

  it("the login page is accessible and signing in leads to the overview", async () => {
    await page.goto("/login");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
    expect(new URL(page.url()).pathname).toBe("/admin");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Overblik");
  });

  it("the overview counts new applications and the count changes", async () => {
    await newApplication();
    await page.reload();
    // What the card counts: new, confirmed applications (another journey may leave an unconfirmed one).
    const expected = await db.application.count({ where: { status: "RECEIVED", intakeHeldOn: null, awaitsConfirmation: false } });
    expect(await newApplicationsCard().textContent()).toContain(String(expected));
    expect(await newApplicationsCard().getAttribute("href")).toBe("/admin/ansoegninger?status=ny");
    await newApplication();
    await page.reload();
    expect(await newApplicationsCard().textContent()).toContain(String(expected + 1));
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("edits the information page text, with a preview, and the public page shows it", async () => {
    await page.goto("/admin/indhold");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: /Hvad er en selvhjælpsgruppe/ }).click();
    await page.waitForURL(`**/admin/indhold/${SLUG}`);
    // Adds a section and keeps the organisation's text, which the public-site journey reads later.
    const added = `Rettet i browsertesten ${Date.now()}.`;
    const text = `${await page.getByLabel("Tekst").inputValue()}\n\n## Nyt afsnit\n\n${added}`;
    await page.getByLabel("Tekst").fill(text);
    await expect.poll(() => page.getByRole("region", { name: "Forhåndsvisning" }).textContent()).toContain("Rettet i browsertesten");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Gem tekst" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Teksten er gemt" }).count()).toBe(1);
    expect((await db.pageContent.findUniqueOrThrow({ where: { slug: SLUG } })).body).toBe(text);
    const pub = await (await newContext(browser)).newPage();
    await pub.goto(`/${SLUG}`);
    expect(await pub.getByRole("heading", { name: "Nyt afsnit" }).count()).toBe(1);
    expect(await pub.getByRole("main").textContent()).toContain(added);
  });

  it("invites a facilitator, who sets a password from the emailed link and signs in", async () => {
    await page.goto("/admin/brugere");
    expect(await seriousA11yViolations(page)).toEqual([]);
    const email = `ny-${Date.now()}@e2e.test`;
    // Exact labels: the list's search field above says "Søg på navn eller email".
    await page.getByLabel("Navn", { exact: true }).fill("Nina Ny");
    await page.getByLabel("Email", { exact: true }).fill(email);
    await page.getByLabel("Rolle").selectOption("FACILITATOR");
    await page.getByRole("button", { name: "Send invitation", exact: true }).click();
    // The server has no mail server here: the administrator is shown the link once, to pass on.
    const shown = page.getByRole("status").filter({ hasText: "Giv personen dette link" });
    await shown.waitFor();
    const link = /(http\S+\/invitation\/\S+)$/.exec(((await shown.textContent()) ?? "").trim())?.[1];
    expect(link).toBeTruthy();

    // The outbox never shows the live link.
    await page.goto("/admin/udbakke");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Din invitation til Selvhjælp Herning" }).first().click();
    await page.waitForURL("**/admin/udbakke/*");
    const mail = (await page.locator("pre").textContent()) ?? "";
    expect(mail).toContain(REDACTED_LINK);
    expect(mail).not.toMatch(/\/invitation\//);

    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(new URL(link!).pathname);
    expect(await seriousA11yViolations(visitor)).toEqual([]);
    await visitor.getByLabel("Vælg adgangskode").fill("ninas-egen-kode-2026");
    await visitor.getByLabel("Gentag adgangskode").fill("ninas-egen-kode-2026");
    await visitor.getByRole("button", { name: "Gem adgangskode" }).click();
    // The page becomes the sign-in page, with the address filled in.
    await visitor.getByRole("heading", { level: 1, name: "Log ind" }).waitFor();
    expect(new URL(visitor.url()).pathname).toBe("/login");
    expect(await visitor.getByRole("status").filter({ hasText: "Din adgangskode er gemt" }).count()).toBe(1);
    expect(await visitor.getByLabel("Email").inputValue()).toBe(email);
    await signIn(visitor, email, "ninas-egen-kode-2026");
    expect(new URL(visitor.url()).pathname).toMatch(/^\/admin/);

    await visitor.goto(new URL(link!).pathname);
    expect(await visitor.getByRole("alert").filter({ hasText: "allerede brugt" }).count()).toBe(1);
  });

  it("the log, the account page and the outbox are accessible", async () => {
    await page.goto("/admin/log?handling=user.invite");
    expect(await page.getByRole("cell", { name: "Inviterede bruger" }).count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto("/admin/konto");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Skift adgangskode" }).click();
    await expect.poll(() => page.getByText("Skriv din nuværende adgangskode.").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("currentPassword");
  });

  it("works on a 390px phone without serious accessibility violations", async () => {
    const phone = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(phone, inject("adminEmail"), inject("adminPassword"));
    for (const url of ["/admin", "/admin/brugere", "/admin/udbakke", "/admin/log", `/admin/indhold/${SLUG}`]) {
      await phone.goto(url);
      expect(await seriousA11yViolations(phone), url).toEqual([]);
    }
  });

  it("signs out, and the admin area then sends to the login page", async () => {
    await page.goto("/admin");
    await page.getByRole("button", { name: "Log ud" }).click();
    await page.waitForURL("**/login**");
    await page.goto("/admin/brugere");
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});
