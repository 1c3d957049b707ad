import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { e2eDb } from "../helpers/e2e-db";
import { baseUrl, launchBrowser, newContext } from "../helpers/browser";
import { httpSignIn, testScryptHash } from "../helpers/http-session";

const PASSWORD = "throttle-test-kode-1";
const pairKeys = (email: string) => ({ startsWith: `pair:${createHash("sha256").update(email).digest("hex")}:` });

describe("login throttling over real HTTP", () => {
  const db = e2eDb();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const email of ["spaerret@e2e.test", "spaerret-http@e2e.test", "uden-js@e2e.test"]) {
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
      await expect.poll(() => db.loginFailure.count({ where: { key: pairKeys("spaerret@e2e.test") } })).toBe(i + 1);
      await page.getByRole("button", { name: "Log ind" }).waitFor();
      await expect.poll(() => page.locator("form").getByRole("alert").textContent()).toBe("Forkert email eller adgangskode.");
    }
    await page.getByLabel("Adgangskode").fill(PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect.poll(() => page.locator("form").getByRole("alert").textContent()).toBe("For mange forsøg. Prøv igen om 15 minutter.");
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("signs in without JavaScript by POST — the password never in a URL — and ignores a callback to another host", async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false });
    const page = await context.newPage();
    const urls: string[] = [];
    page.on("request", (request) => void urls.push(request.url()));
    await page.goto("/login?callbackUrl=%2F.%2F%2Fevil.invalid");
    await page.getByLabel("Email").fill("uden-js@e2e.test");
    await page.getByLabel("Adgangskode").fill(PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/admin"));
    expect(new URL(page.url()).host).toBe(new URL(baseUrl()).host);
    expect(urls.join("\n")).not.toContain(PASSWORD);
    await context.close();
  });

  it("answers odd callback URLs and a GET of the credentials callback without a server error", async () => {
    const port = new URL(baseUrl()).port;
    for (const path of [
      `/api/auth/signin?callbackUrl=${encodeURIComponent(`http://localhost:${port}.evil.example`)}`,
      `/api/auth/csrf?callbackUrl=${encodeURIComponent(`http://localhost:${port}.evil.example`)}`,
      "/api/auth/callback/credentials",
      `/login?callbackUrl=${encodeURIComponent(`http://localhost:${port}.evil.example`)}`,
    ]) {
      const res = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
      expect(res.status, path).toBeLessThan(500);
      const location = res.headers.get("location");
      if (location) expect(new URL(location, baseUrl()).host, path).toBe(new URL(baseUrl()).host);
    }
  });
});
