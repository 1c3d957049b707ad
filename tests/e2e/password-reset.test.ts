import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { unseal } from "@/lib/email/seal";
import { REDACTED_LINK } from "@/lib/users/invite-email";
import { hashToken, newToken } from "@/lib/users/tokens";
import { e2eDb } from "../helpers/e2e-db";
import { launchBrowser, newContext, seriousA11yViolations, signIn, UI_TIMEOUT } from "../helpers/browser";
import { httpGet, httpSignIn, testScryptHash } from "../helpers/http-session";

const OLD = "min-gamle-kode-2025";
const ANSWER = "Hvis adressen hører til en bruger, har vi sendt en email med et link";

/** The new-password page: choose, repeat, save; then the same page is the sign-in page with the address filled in. */
async function chooseNewPassword(page: Page, password: string) {
  await page.getByLabel("Vælg adgangskode").fill(password);
  await page.getByLabel("Gentag adgangskode").fill(password);
  await page.getByRole("button", { name: "Gem adgangskode" }).click();
  await page.getByRole("heading", { level: 1, name: "Log ind" }).waitFor({ timeout: UI_TIMEOUT });
}

describe("a forgotten password", () => {
  const db = e2eDb();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await db.$disconnect();
  });

  const facilitator = (email: string, name: string) =>
    db.user.create({ data: { email, name, role: "FACILITATOR", passwordHash: testScryptHash(OLD) } });

  it("is reset from the login page by an emailed link, which signs out the old session and works once", async () => {
    const user = await facilitator("glemsom@e2e.test", "Gitte Glemsom");
    // A session from before the reset, e.g. a forgotten browser elsewhere.
    const oldSession = await httpSignIn(user.email, OLD);
    expect(oldSession.error).toBeNull();
    expect((await httpGet("/admin/konto", oldSession.jar)).status).toBe(200);

    const page = await (await newContext(browser, { mobile: true })).newPage();
    await page.goto("/login");
    await page.getByRole("link", { name: "Glemt adgangskode?" }).click();
    await page.waitForURL("**/login/glemt");
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A malformed address is refused in the browser, with focus on the field.
    await page.getByLabel("Email").fill("ikke-en-adresse");
    await page.getByRole("button", { name: "Send link" }).click();
    await expect.poll(() => page.getByText("Skriv en gyldig emailadresse").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("email");

    await page.getByLabel("Email").fill(user.email.toUpperCase());
    await page.getByRole("button", { name: "Send link" }).click();
    const answer = page.getByRole("status").filter({ hasText: ANSWER });
    await answer.waitFor({ timeout: UI_TIMEOUT });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // An unknown address gets the very same page.
    const stranger = await (await newContext(browser)).newPage();
    await stranger.goto("/login/glemt");
    await stranger.getByLabel("Email").fill("findes-ikke@e2e.test");
    await stranger.getByRole("button", { name: "Send link" }).click();
    const strangerAnswer = stranger.getByRole("status").filter({ hasText: ANSWER });
    await strangerAnswer.waitFor({ timeout: UI_TIMEOUT });
    expect(await strangerAnswer.textContent()).toBe(await answer.textContent());
    expect(await db.outboxEmail.count({ where: { to: "findes-ikke@e2e.test" } })).toBe(0);

    // The outbox shows the mail with its link redacted; the real text is only sealed (this server has no
    // mail server, so it stays there): the test reads the link from it, as a mail server would get it.
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain(REDACTED_LINK);
    expect(mail.text).not.toMatch(/ny-adgangskode\//);
    expect(mail.sealedText).not.toMatch(/ny-adgangskode\//);
    const sent = unseal(mail.sealedText!, inject("e2eSecret"));
    expect(sent.split("\n")[0]).toBe("Hej Gitte Glemsom");
    const token = /\/login\/ny-adgangskode\/([A-Za-z0-9_-]+)/.exec(sent)![1];
    const invite = await db.invite.findFirstOrThrow({ where: { userId: user.id, usedAt: null } });
    expect(invite.tokenHash).toBe(hashToken(token));
    expect(invite.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000);

    await page.goto(`/login/ny-adgangskode/${token}`);
    await page.getByRole("heading", { level: 1, name: "Vælg en ny adgangskode" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await chooseNewPassword(page, "gittes-nye-kode-2026");
    // The sign-in page, with the address filled in and the cursor in the password field.
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.getByRole("status").filter({ hasText: "Din adgangskode er gemt" }).count()).toBe(1);
    expect(await page.getByLabel("Email").inputValue()).toBe(user.email);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("password");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel("Adgangskode").fill("gittes-nye-kode-2026");
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/admin"), { timeout: UI_TIMEOUT });

    // The session from before the reset is over, and the old password no longer works.
    expect((await httpGet("/admin/konto", oldSession.jar)).location).toBe("/login");
    expect((await httpSignIn(user.email, OLD)).error).toBe("CredentialsSignin");

    // The link worked once.
    const again = await (await newContext(browser)).newPage();
    await again.goto(`/login/ny-adgangskode/${token}`);
    expect(await again.getByRole("alert").filter({ hasText: "allerede brugt" }).count()).toBe(1);
    expect(await seriousA11yViolations(again)).toEqual([]);
  });

  it("an administrator sends a new link (shown once without a mail server); the old password works until it is used", async () => {
    const user = await facilitator("ny-kode-fra-admin@e2e.test", "Arne Admin-Link");
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, inject("adminEmail"), inject("adminPassword"));
    await admin.goto("/admin/brugere");
    await admin.getByRole("button", { name: `Send nyt link til at vælge adgangskode til ${user.name}` }).click();
    const shown = admin.getByRole("status").filter({ hasText: "Giv personen dette link" });
    await shown.waitFor({ timeout: UI_TIMEOUT });
    const link = /(http\S+\/login\/ny-adgangskode\/\S+)$/.exec(((await shown.textContent()) ?? "").trim())?.[1];
    expect(link).toBeTruthy();
    expect(await seriousA11yViolations(admin)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "user.password-link", entityId: user.id } })).toBe(1);

    expect((await httpSignIn(user.email, OLD)).error).toBeNull();

    const page = await (await newContext(browser)).newPage();
    await page.goto(new URL(link!).pathname);
    await chooseNewPassword(page, "ny-kode-fra-linket-1");
    expect(await page.getByLabel("Email").inputValue()).toBe(user.email);
    await page.getByLabel("Adgangskode").fill("ny-kode-fra-linket-1");
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/admin"), { timeout: UI_TIMEOUT });
    expect((await httpSignIn(user.email, OLD)).error).toBe("CredentialsSignin");
  });

  it("'Glemt adgangskode?' works without JavaScript too", async () => {
    const user = await facilitator("uden-js-glemt@e2e.test", "Jens Uden-JS");
    const context = await browser.newContext({ baseURL: inject("baseUrl"), javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/login/glemt");
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Send link" }).click();
    await page.getByRole("status").filter({ hasText: ANSWER }).waitFor({ timeout: UI_TIMEOUT });
    expect(await db.outboxEmail.count({ where: { to: user.email } })).toBe(1);
    await context.close();
  });

  it("an expired or unknown link gets a calm message and a way to ask for a new one", async () => {
    const user = await facilitator("udloebet@e2e.test", "Ulla Udløbet");
    const { token, tokenHash } = newToken();
    await db.invite.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() - 60_000) } });
    const page = await (await newContext(browser)).newPage();
    await page.goto(`/login/ny-adgangskode/${token}`);
    expect(await page.getByRole("alert").filter({ hasText: "Linket er udløbet" }).count()).toBe(1);
    await page.goto("/login/ny-adgangskode/et-ukendt-token-der-er-langt-nok");
    expect(await page.getByRole("alert").filter({ hasText: "Linket er ugyldigt" }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Bed om et nyt link" }).click();
    await page.waitForURL("**/login/glemt");
    expect((await db.invite.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeNull();
  });
});
