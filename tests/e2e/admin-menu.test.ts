import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newContext, seriousA11yViolations, signIn } from "../helpers/browser";

// The admin menu on a phone is one "Menu" line that opens the links in groups (components/admin/admin-nav.tsx);
// on a wide screen it is the row of links.
describe("the admin menu", () => {
  let browser: Browser;
  let phone: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    phone = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(phone, inject("adminEmail"), inject("adminPassword"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const nav = (page: Page) => page.getByRole("navigation", { name: "Administration" });
  const summary = (page: Page) => nav(page).locator("summary");

  it("on a 390 × 844 phone: the closed menu is one line and the header stays well under a third of the screen", async () => {
    await phone.goto("/admin");
    const navBox = (await nav(phone).boundingBox())!;
    const headerBox = (await phone.locator("header").first().boundingBox())!;
    expect(navBox.height).toBeLessThan(60);
    expect(headerBox.y + headerBox.height).toBeLessThan(844 / 4);
    // The menu's links are not on the first screen until it is opened.
    expect(await nav(phone).getByRole("link", { name: "Statistik" }).count()).toBe(0);
    expect(await seriousA11yViolations(phone)).toEqual([]);
  });

  it("opens with Enter from the keyboard, follows a link with Enter, and is closed again on the new page", async () => {
    await phone.goto("/admin");
    await summary(phone).focus();
    await phone.keyboard.press("Enter");
    await expect.poll(() => nav(phone).getByRole("link", { name: "Statistik" }).count()).toBe(1);
    expect(await nav(phone).getByRole("list", { name: "Opsætning og tilsyn" }).count()).toBe(1);
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await nav(phone).getByRole("link", { name: "Statistik" }).focus();
    await phone.keyboard.press("Enter");
    await phone.waitForURL("**/admin/statistik");
    await expect.poll(() => summary(phone).evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(false);
    // On the new page the menu marks it as the current one.
    await phone.keyboard.press("Escape");
    await summary(phone).focus();
    await phone.keyboard.press(" ");
    await expect.poll(() => nav(phone).getByRole("link", { name: "Statistik" }).getAttribute("aria-current")).toBe("page");
    await phone.keyboard.press("Tab");
    await phone.keyboard.press("Escape");
    await expect.poll(() => summary(phone).evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(false);
    expect(await phone.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
  });

  it("on a wide screen: the links in a row, no disclosure", async () => {
    const desktop = await (await newContext(browser)).newPage();
    await signIn(desktop, inject("adminEmail"), inject("adminPassword"));
    await desktop.goto("/admin");
    expect(await summary(desktop).isVisible()).toBe(false);
    await nav(desktop).getByRole("link", { name: "Log" }).click();
    await desktop.waitForURL("**/admin/log");
    expect(await seriousA11yViolations(desktop)).toEqual([]);
    await desktop.context().close();
  });
});
