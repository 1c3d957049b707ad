import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { e2eDb } from "../helpers/e2e-db";
import { launchBrowser, newContext } from "../helpers/browser";
import { httpSignIn, testScryptHash } from "../helpers/http-session";

const PASSWORD = "throttle-test-kode-1";

describe("login throttling over real HTTP", () => {
  const db = e2eDb();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const email of ["spaerret@e2e.test", "spaerret-http@e2e.test"]) {
      await db.user.upsert({
        where: { email },
        update: {},
        create: { email, name: "Spærret", role: "FACILITATOR", passwordHash: testScryptHash(PASSWORD) },
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await db.$disconnect();
  });

  it("the callback answers Throttled after five wrong passwords, even for the right one", async () => {
    for (let i = 0; i < 5; i++) expect((await httpSignIn("spaerret-http@e2e.test", "forkert-kode")).error).toBe("CredentialsSignin");
    const locked = await httpSignIn("spaerret-http@e2e.test", PASSWORD);
    expect(locked.error).toBe("Throttled");
    expect(locked.jar.has("next-auth.session-token")).toBe(false);
  });

  it("the form shows the Danish messages: wrong credentials, then the throttle", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill("spaerret@e2e.test");
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Adgangskode").fill(`forkert-${i}`);
      await page.getByRole("button", { name: "Log ind" }).click();
      // Each failure is recorded on the server before the form shows the message.
      await expect.poll(() => db.loginFailure.count({ where: { key: "account:spaerret@e2e.test" } })).toBe(i + 1);
      await page.getByRole("button", { name: "Log ind" }).waitFor();
      await expect.poll(() => page.locator("form").getByRole("alert").textContent()).toBe("Forkert email eller adgangskode.");
    }
    await page.getByLabel("Adgangskode").fill(PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect.poll(() => page.locator("form").getByRole("alert").textContent()).toBe("For mange forsøg. Prøv igen om 15 minutter.");
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});
