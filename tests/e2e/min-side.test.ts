import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { unseal } from "@/lib/email/seal";
import { baseUrl, launchBrowser, newContext, seriousA11yViolations, signIn, UI_TIMEOUT } from "../helpers/browser";
import { e2eDb } from "../helpers/e2e-db";

// A member's own page: asking for a link, opening it from the mail, signing in with the button,
// seeing and changing their own records, downloading their data, asking for erasure; and the
// coordinator confirming the erasure.
describe("Min side, a member's own page", () => {
  let browser: Browser;
  let db: PrismaClient;
  const stamp = Date.now().toString(36);
  const name = `Mia Medlem ${stamp}`;
  const email = `mia-${stamp}@e2e.test`;
  const groupName = `E2E Min side-gruppe ${stamp}`;
  let memberId = "";
  let applicationId = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    db = e2eDb();
    const group = await db.group.create({
      data: {
        slug: `e2e-minside-${stamp}`,
        name: groupName,
        topic: "GRIEF",
        ageBand: "ADULTS",
        description: "En gruppe.",
        // Planned (forming): Min side shows how far it is from starting.
        state: "PLANNED",
        minParticipants: 4,
      },
    });
    const at = new Date();
    const consents = {
      consentConfidentialityAt: at,
      consentConfidentialityVersion: "e2e",
      consentSensitiveDataAt: at,
      consentSensitiveDataVersion: "e2e",
      consentFeeAt: at,
      consentFeeVersion: "e2e",
    };
    // Two others have had their intake: they count, and Min side never names them.
    for (const other of ["Olaf", "Petra"]) {
      await db.member.create({
        data: {
          name: `${other} Andersen ${stamp}`,
          email: `${other.toLowerCase()}-${stamp}@e2e.test`,
          postcode: "7400",
          consentAt: at,
          consentVersion: "e2e",
          applications: { create: { groupId: group.id, intakeHeldOn: at, ...consents } },
        },
      });
    }
    const member = await db.member.create({
      data: {
        name,
        email,
        postcode: "7400",
        consentAt: at,
        consentVersion: "e2e",
        memberships: { create: { feeOre: 10000, status: "PENDING_PAYMENT" } },
        applications: { create: { groupId: group.id, ...consents } },
      },
      select: { id: true, applications: { select: { id: true } } },
    });
    memberId = member.id;
    applicationId = member.applications[0].id;
    await db.interest.create({ data: { name, email, topic: "DIVORCE", ageBand: "ADULTS", consentAt: at, consentVersion: "e2e" } });
  });
  afterAll(async () => {
    await browser?.close();
    await db.$disconnect();
  });

  const expectAccessible = async (page: Page) => expect(await seriousA11yViolations(page)).toEqual([]);

  /** The path of the newest Min side link mailed to `to`, as its recipient reads it (the outbox copy has it redacted). */
  async function mailedLink(to: string, after: Date): Promise<string | null> {
    const mail = await db.outboxEmail.findFirst({ where: { to, createdAt: { gte: after } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    if (!mail) throw new Error("no mail yet");
    if (!mail.sealedText) return null;
    const match = /https?:\/\/[^\s]+(\/min-side\/[a-z-]+\/[A-Za-z0-9_-]{43})/.exec(unseal(mail.sealedText, inject("e2eAuthSecret")));
    return match ? match[1] : null;
  }

  async function askForLink(page: Page, address: string) {
    await page.goto("/min-side");
    await page.getByRole("textbox", { name: "Din email" }).fill(address);
    await page.getByRole("button", { name: "Send mig et link" }).click();
    await page.waitForURL("**/min-side/tjek-din-email");
  }

  it("gives the same answer for a member's and an unknown address; only the member's mail has a link", async () => {
    const page = await (await newContext(browser)).newPage();
    const before = new Date(Date.now() - 1000);
    await askForLink(page, email);
    const known = { url: page.url(), text: await page.locator("main").innerText() };
    await expectAccessible(page);
    const unknown = `ukendt-${stamp}@e2e.test`;
    await askForLink(page, unknown);
    expect({ url: page.url(), text: await page.locator("main").innerText() }).toEqual(known);
    await expect.poll(() => mailedLink(unknown, before).catch(() => "none")).toBeNull();
    expect(await mailedLink(email, before)).toMatch(/^\/min-side\/log-ind\//);
  });

  it("signs in from the mailed link with a button press, shows only the member's own records, and lets them act on them", async () => {
    const context = await newContext(browser, { mobile: true });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "Min side – for medlemmer" }).click();
    await page.waitForURL("**/min-side");
    const before = new Date(Date.now() - 1000);
    await askForLink(page, email);
    await expect.poll(() => mailedLink(email, before).catch(() => null)).toMatch(/log-ind/);
    const link = (await mailedLink(email, before))!;

    // Opening the link signs nobody in (mail scanners open links).
    const sessionsBefore = await db.memberSession.count({ where: { memberId } });
    await page.goto(link);
    await expectAccessible(page);
    expect(await db.memberSession.count({ where: { memberId } })).toBe(sessionsBefore);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.waitForURL((url) => url.pathname === "/min-side");
    await expect.poll(() => page.getByRole("heading", { name: "Dit medlemskab" }).isVisible()).toBe(true);
    const main = page.locator("main");
    expect(await main.innerText()).toContain("Afventer betaling");
    expect(await main.innerText()).toContain("MobilePay");
    expect(await main.innerText()).toContain(groupName);
    expect(await main.innerText()).toContain("Modtaget");
    expect(await main.innerText()).toContain("Skilsmisse");
    // The forming group: how many are missing and how many have had their intake — never who.
    expect(await main.innerText()).toContain("Gruppen samles: der mangler 2 deltagere, før vi starter");
    expect(await main.innerText()).toContain("2 af de 4 deltagere, gruppen mindst skal have for at starte, har haft deres forsamtale.");
    expect(await main.innerText()).not.toContain("Andersen");
    await expectAccessible(page);
    // The cookie is the member's own: httpOnly, Lax, sent only to /min-side.
    const cookie = (await context.cookies()).find((c) => c.name === "minside")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/min-side" });

    // Correct the phone number.
    await page.getByRole("textbox", { name: /^Telefon/ }).fill("12 34 56 78");
    await page.getByRole("button", { name: "Gem navn og telefon" }).click();
    await expect.poll(() => page.getByText("Dine oplysninger er gemt.").isVisible()).toBe(true);
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).phone).toBe("12 34 56 78");

    // Download the data.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Hent alle dine data/ }).click()]);
    const document = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(document.medlem).toMatchObject({ navn: name, email, telefon: "12 34 56 78" });

    // Withdraw the application (after the question).
    page.on("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Træk ansøgningen tilbage: ${groupName}` }).click();
    await expect.poll(() => main.innerText()).toContain("Trukket tilbage");
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("WITHDRAWN");
    expect(await main.innerText()).not.toContain("Gruppen samles");

    // Ask for erasure: a request, not a deletion.
    await page.getByRole("button", { name: "Bed om at blive slettet" }).click();
    await expect.poll(() => main.innerText(), { timeout: UI_TIMEOUT }).toContain("Du bad om at blive slettet");
    expect(await db.erasureRequest.count({ where: { memberId } })).toBe(1);
    expect(await db.member.count({ where: { id: memberId } })).toBe(1);
    await expectAccessible(page);

    // Sign out: the session ends on the server, and the used link does not sign in again.
    await page.getByRole("button", { name: "Log ud" }).click();
    await expect.poll(() => page.getByText("Du er logget ud.").isVisible()).toBe(true);
    expect(await db.memberSession.count({ where: { memberId } })).toBe(0);
    await page.goto(link);
    expect(await page.locator("main").getByRole("alert").innerText()).toContain("allerede brugt");
    await context.close();
  });

  it("gives nothing to a browser without a member session, and a staff session is not one", async () => {
    const anonymous = await fetch(`${baseUrl()}/min-side/mine-data`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain(name);

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
    const response = await page.request.get("/min-side/mine-data");
    expect(response.status()).toBe(401);
    await page.goto("/min-side");
    expect(await page.getByRole("textbox", { name: "Din email" }).isVisible()).toBe(true);

    // The coordinator confirms the member's erasure request.
    await page.goto("/admin");
    await page.getByRole("link", { name: /Anmodninger om sletning/ }).click();
    await page.waitForURL("**/admin/privatliv**");
    page.on("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Bekræft sletning af ${name}` }).click();
    await expect.poll(() => db.member.count({ where: { id: memberId } })).toBe(0);
    await expect.poll(() => page.getByText("Ingen venter.").isVisible(), { timeout: UI_TIMEOUT }).toBe(true);
    await expectAccessible(page);
    await context.close();
  });
});
