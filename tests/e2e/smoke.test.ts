import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, newContext, seriousA11yViolations } from "../helpers/browser";

describe("the built site", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("serves the front page in Danish with no serious accessibility violations", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto("/");
    expect(await page.getAttribute("html", "lang")).toBe("da");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
