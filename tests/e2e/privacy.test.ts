import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { launchBrowser, newContext, seriousA11yViolations, signIn, UI_TIMEOUT } from "../helpers/browser";
import { e2eDb } from "../helpers/e2e-db";
import { testScryptHash } from "../helpers/http-session";

// A coordinator handles a person's privacy requests: a copy of their data, withdrawal of consent,
// erasure with confirmation; and deletes records whose retention period has passed.
describe("privacy requests as an administrator", () => {
  let browser: Browser;
  let db: PrismaClient;
  let page: Page;
  const stamp = Date.now().toString(36);
  const memberName = `E2E Slettes ${stamp}`;
  const email = `slettes-${stamp}@e2e.test`;
  const groupName = `E2E Privatgruppe ${stamp}`;
  let memberId = "";
  let applicationId = "";
  let membershipId = "";
  let oldApplicationId = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    db = e2eDb();
    const group = await db.group.create({
      data: {
        slug: `e2e-privat-${stamp}`,
        name: groupName,
        topic: "GRIEF",
        ageBand: "ADULTS",
        description: "En gruppe.",
        state: "STARTING",
      },
    });
    const member = await db.member.create({
      data: {
        name: memberName,
        email,
        postcode: "7400",
        consentAt: new Date(),
        consentVersion: "e2e",
        memberships: { create: { feeOre: 10000, status: "PAID", periodStart: new Date(), periodEnd: new Date(Date.now() + 300 * 86_400_000) } },
      },
      select: { id: true, memberships: { select: { id: true } } },
    });
    memberId = member.id;
    membershipId = member.memberships[0].id;
    await db.payment.create({ data: { membershipId, amountOre: 10000, method: "MOBILEPAY", reference: `MP ${memberName}`, paidOn: new Date() } });
    const consents = (at: Date) => ({
      consentConfidentialityAt: at,
      consentConfidentialityVersion: "e2e-1",
      consentSensitiveDataAt: at,
      consentSensitiveDataVersion: "e2e-1",
      consentFeeAt: at,
      consentFeeVersion: "e2e-1",
    });
    applicationId = (await db.application.create({ data: { groupId: group.id, memberId, message: "Min besked", ...consents(new Date()) } })).id;
    await db.interest.create({
      data: { name: memberName, email, topic: "DIVORCE", ageBand: "ADULTS", consentAt: new Date(), consentVersion: "e2e" },
    });
    // Someone else's application, withdrawn long ago: due for deletion.
    const other = await db.member.create({
      data: { name: `E2E Gammel ${stamp}`, email: `gammel-${stamp}@e2e.test`, postcode: "7400", consentAt: new Date(), consentVersion: "e2e" },
    });
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    oldApplicationId = (
      await db.application.create({ data: { groupId: group.id, memberId: other.id, status: "WITHDRAWN", decidedAt: longAgo, ...consents(longAgo) } })
    ).id;

    page = await (await newContext(browser)).newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
  });

  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  it("withdraws an applicant's consent after a confirming tick", async () => {
    await page.goto(`/admin/ansoegninger/${applicationId}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Træk samtykket tilbage" }).click();
    await expect.poll(() => page.getByText("Sæt kryds for at bekræfte").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("bekraeft-tilbagetraekning");
    await page.getByLabel("Ansøgeren har bedt om at trække sit samtykke tilbage").check();
    await page.getByRole("button", { name: "Træk samtykket tilbage" }).click();
    await expect.poll(() => page.getByText(/Samtykket blev trukket tilbage/).count()).toBe(1);
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })).toEqual({ status: "WITHDRAWN" });
  });

  it("downloads everything stored about the member, groups included", async () => {
    await page.goto(`/admin/medlemmer/${memberId}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const href = await page.getByRole("link", { name: `Hent alle oplysninger om ${memberName} (JSON)` }).getAttribute("href");
    const res = await page.context().request.get(href!);
    expect(res.status()).toBe(200);
    const doc = await res.json();
    expect(doc.medlem.navn).toBe(memberName);
    expect(doc.ansoegninger[0]).toMatchObject({ gruppe: groupName, besked: "Min besked", status: "Trådt tilbage" });
    expect(doc.interesseliste).toHaveLength(1);
  });

  it("erases the member only after the name is typed, then shows the list with a message", async () => {
    await page.goto(`/admin/medlemmer/${memberId}`);
    const field = page.getByLabel(/Skriv medlemmets navn/);
    await field.fill("Forkert Navn");
    await page.getByRole("button", { name: "Slet medlemmet for altid" }).click();
    await expect.poll(() => page.getByText("Navnet passer ikke.", { exact: false }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("bekraeft-navn");
    expect(await db.member.count({ where: { id: memberId } })).toBe(1);

    await field.fill(memberName);
    await page.getByRole("button", { name: "Slet medlemmet for altid" }).click();
    await page.waitForURL("**/admin/medlemmer?besked=slettet");
    expect(await page.getByRole("status").filter({ hasText: "Medlemmet er slettet" }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await db.member.count({ where: { id: memberId } })).toBe(0);
    expect(await db.interest.count({ where: { email } })).toBe(0);
    expect(await db.membership.findUniqueOrThrow({ where: { id: membershipId }, select: { memberId: true, feeOre: true } })).toEqual({
      memberId: null,
      feeOre: 10000,
    });
  });

  it("shows the retention page and deletes what is due", async () => {
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Privatliv" }).click();
    await page.waitForURL("**/admin/privatliv");
    expect(await page.getByRole("heading", { level: 1, name: "Privatliv og sletning" }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(Number(await page.getByTestId("due-applications").textContent())).toBeGreaterThanOrEqual(1);
    await page.getByRole("button", { name: "Slet dem nu" }).click();
    await expect
      .poll(() =>
        page
          .getByRole("status")
          .filter({ hasText: /Slettet: \d+ ansøgninger/ })
          .count(),
      )
      .toBe(1);
    expect(await db.application.count({ where: { id: oldApplicationId } })).toBe(0);
    await expect.poll(async () => page.getByTestId("due-applications").textContent()).toBe("0");
  });

  it("works on a 390px phone", async () => {
    const phone = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(phone, inject("adminEmail"), inject("adminPassword"));
    await phone.goto("/admin/privatliv");
    expect(await seriousA11yViolations(phone)).toEqual([]);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

describe("changing a password", () => {
  it("keeps this browser signed in and signs out the account's other sessions", async () => {
    const browser = await launchBrowser();
    const db = e2eDb();
    try {
      const stamp = Date.now().toString(36);
      const userEmail = `kode-${stamp}@e2e.test`;
      const oldPassword = "gammel-kode-2026";
      await db.user.create({
        data: { email: userEmail, name: "Kode Skifter", role: "FACILITATOR", passwordHash: testScryptHash(oldPassword), facilitator: { create: {} } },
      });
      const here = await (await newContext(browser)).newPage();
      const elsewhere = await (await newContext(browser)).newPage();
      await signIn(here, userEmail, oldPassword);
      await signIn(elsewhere, userEmail, oldPassword);

      await here.goto("/admin/konto");
      await here.getByLabel("Nuværende adgangskode").fill(oldPassword);
      await here.getByLabel("Ny adgangskode", { exact: true }).fill("ny-kode-til-2026");
      await here.getByLabel("Gentag ny adgangskode").fill("ny-kode-til-2026");
      await here.getByRole("button", { name: "Skift adgangskode" }).click();
      // The action checks the old password and hashes the new one (scrypt, slow by design) first.
      const changed = here.getByRole("status").filter({ hasText: "Din adgangskode er skiftet" });
      await changed.waitFor({ state: "visible", timeout: UI_TIMEOUT });
      expect(await changed.count()).toBe(1);

      await here.goto("/admin/konto");
      expect(new URL(here.url()).pathname).toBe("/admin/konto");
      await elsewhere.goto("/admin/konto");
      expect(new URL(elsewhere.url()).pathname).toBe("/login");
      await signIn(elsewhere, userEmail, "ny-kode-til-2026");
      expect(new URL(elsewhere.url()).pathname).toMatch(/^\/admin/);
    } finally {
      await browser.close();
      await db.$disconnect();
    }
    // Three sign-ins and a password change, each hashing with scrypt on the server.
  }, 120_000);
});
