import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newContext, seriousA11yViolations, signIn } from "../helpers/browser";

describe("organisation settings", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function saveFee(kroner: string) {
    await page.goto("/admin/indstillinger");
    await page.getByLabel("Kontingent pr. år (kr.)").fill(kroner);
    await page.getByRole("button", { name: "Gem indstillinger" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Indstillingerne er gemt" }).count()).toBe(1);
  }

  it("changes the fee, which the public membership page shows at once, and refuses a bad value on its field", async () => {
    await page.goto("/admin/indstillinger");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel("Kontingent pr. år (kr.)").fill("100,50");
    await page.getByRole("button", { name: "Gem indstillinger" }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "membershipFeeKroner");
    expect(await page.getByLabel("Kontingent pr. år (kr.)").getAttribute("aria-invalid")).toBe("true");

    try {
      await saveFee("120");
      const visitor = await (await newContext(browser)).newPage();
      await visitor.goto("/bliv-medlem");
      expect(await visitor.getByRole("main").textContent()).toContain("120 kr.");
    } finally {
      await saveFee("100");
    }
  });
});
