import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { launchBrowser, newContext, seriousA11yViolations, signIn, UI_TIMEOUT } from "../helpers/browser";
import { e2eDb } from "../helpers/e2e-db";

// A coordinator looks at the automatic jobs on a phone and runs one by hand. The e2e server starts no
// runner of its own (JOB_RUNNER=off in tests/helpers/e2e-server.ts), so only "Kør nu" runs a job here.
describe("the automatic jobs as an administrator", () => {
  let browser: Browser;
  let db: PrismaClient;
  let page: Page;
  let membershipId = "";
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    db = e2eDb();
    const ended = new Date(Date.now() - 3 * 86_400_000);
    const member = await db.member.create({
      data: {
        name: `E2E Udløbet ${stamp}`,
        email: `udloebet-${stamp}@e2e.test`,
        postcode: "7400",
        consentAt: new Date(),
        consentVersion: "e2e",
        memberships: {
          create: { feeOre: 10000, status: "PAID", periodStart: new Date(ended.getTime() - 365 * 86_400_000), periodEnd: ended },
        },
      },
      select: { memberships: { select: { id: true } } },
    });
    membershipId = member.memberships[0].id;
    page = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
  });
  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  it("shows every job on a phone without sideways scrolling, and 'Kør nu' runs one and shows its result", async () => {
    await page.goto("/admin/drift");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Automatiske opgaver");
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    const section = page.getByRole("region", { name: "Udløbne medlemskaber" });
    await section.getByRole("button", { name: "Kør nu: Udløbne medlemskaber" }).click();
    await expect.poll(() => section.getByRole("status").count(), { timeout: UI_TIMEOUT }).toBe(1);
    await expect.poll(() => section.textContent(), { timeout: UI_TIMEOUT }).toContain("I orden");
    expect(await section.textContent()).toMatch(/\(Kør nu\)/);
    expect(await section.textContent()).toMatch(/\d+ perioder? udløbet/);
    expect((await db.membership.findUniqueOrThrow({ where: { id: membershipId } })).expiredAt).toBeInstanceOf(Date);

    // The run is in the list of latest runs, and the log names the system as the one that marked it.
    expect(await page.getByRole("region", { name: "Seneste kørsler", exact: true }).textContent()).toContain("Udløbne medlemskaber");
    await page.goto("/admin/log");
    expect(await page.getByRole("main").textContent()).toContain("Markerede udløbne medlemskaber");
  });
});
