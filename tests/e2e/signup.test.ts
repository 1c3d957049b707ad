import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, newContext, seriousA11yViolations } from "../helpers/browser";
import { e2eConfirmationLink, e2eDb, untilGroupPageOpens } from "../helpers/e2e-db";
import { groupSearchColumns } from "@/lib/groups/search";

const db = e2eDb();
const run = Date.now().toString(36);

async function makeGroup(slug: string, data: Partial<{ state: "STARTING" | "ENDED"; openForNewcomers: boolean; name: string }> = {}) {
  const text = { name: data.name ?? `Sorggruppe ${slug}`, description: "For voksne, der har mistet.", place: "Fredensgade 14, 7400 Herning" };
  const group = await db.group.create({
    data: {
      slug,
      name: text.name,
      description: text.description,
      // What the group write path stores, so the catalogue search finds the group.
      ...groupSearchColumns(text),
      topic: "GRIEF",
      ageBand: "ADULTS",
      cadence: "BIWEEKLY",
      weekday: 2,
      startTime: "19:00",
      state: data.state ?? "STARTING",
      openForNewcomers: data.openForNewcomers ?? true,
    },
  });
  await untilGroupPageOpens(slug);
  return group;
}

describe("the public signup journeys", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await db.$disconnect();
  });

  async function expectAccessible(page: Page) {
    expect(await seriousA11yViolations(page)).toEqual([]);
  }

  it("lets a new person apply to an open group and confirm from the email, storing member, membership and application with consents", async () => {
    const group = await makeGroup(`aaben-${run}`);
    const email = `ny-${run}@example.dk`;
    const page = await (await newContext(browser, { mobile: true })).newPage();
    await page.goto(`/grupper/${group.slug}/ansoeg`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(group.name);
    await expectAccessible(page);

    // Submitting empty shows the errors, and nothing is sent.
    await page.getByRole("button", { name: "Send ansøgning" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "felt-name");
    expect(await page.getByRole("textbox", { name: "Navn", exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);

    await page.getByRole("textbox", { name: "Navn", exact: true }).fill("Nina Ny");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await page.getByRole("textbox", { name: /^Telefon/ }).fill("12345678");
    await page.getByRole("textbox", { name: "Postnummer", exact: true }).fill("7400");
    await page.getByRole("textbox", { name: /^Fødselsår/ }).fill("1980");
    await page.getByRole("textbox", { name: /^Kort besked/ }).fill("Ring gerne efter kl. 16.");
    await page.getByRole("checkbox", { name: /Tavshedspligt/ }).check();
    await page.getByRole("checkbox", { name: /følsomme oplysninger/ }).check();
    await page.getByRole("checkbox", { name: /Medlemskab og kontingent/ }).check();
    await page.getByRole("button", { name: "Send ansøgning" }).click();

    await page.waitForURL(`**/grupper/${group.slug}/ansoeg/tak`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Tak – tjek din email");
    await expectAccessible(page);
    expect(await db.member.findUniqueOrThrow({ where: { email } })).toMatchObject({ awaitsConfirmation: true });

    // The owner opens the link from the email; opening it confirms nothing until they press the button.
    await page.goto(await e2eConfirmationLink(db, email));
    await expectAccessible(page);
    expect(await db.applicationEvent.count({ where: { kind: "CONFIRMED", application: { member: { email } } } })).toBe(0);
    await page.getByRole("button", { name: "Bekræft ansøgning" }).click();
    await page.waitForURL("**/bekraeft/tak?hvad=application");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Tak – din ansøgning er bekræftet");
    await expectAccessible(page);

    const member = await db.member.findUniqueOrThrow({ where: { email }, include: { memberships: true, applications: true } });
    expect(member.awaitsConfirmation).toBe(false);
    expect(member.memberships.map((m) => m.status)).toEqual(["PENDING_PAYMENT"]);
    expect(member.applications).toHaveLength(1);
    const application = member.applications[0];
    expect(application).toMatchObject({
      groupId: group.id,
      status: "RECEIVED",
      awaitsConfirmation: false,
      consentConfidentialityVersion: "2026-11",
      consentFeeVersion: "2026-11",
    });
    expect(application.consentSensitiveDataAt).toBeInstanceOf(Date);
    // The request to confirm, then the welcome with what happens next.
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(2);
    // The link is spent: opening it again says so.
    await page.goBack();
    await page.reload();
    expect(await page.getByText("Linket er allerede brugt").count()).toBe(1);
  });

  it("goes from the catalogue to a group page and on to the application form and its confirmation", async () => {
    const group = await makeGroup(`katalog-${run}`, { name: `Sorggruppe Katalog ${run}` });
    const page = await (await newContext(browser)).newPage();
    await page.goto(`/grupper?q=${encodeURIComponent(group.name)}`);
    await page.getByRole("link", { name: group.name }).click();
    await page.waitForURL(`**/grupper/${group.slug}`);
    await page.getByRole("link", { name: "Søg om plads i gruppen" }).click();
    await page.waitForURL(`**/grupper/${group.slug}/ansoeg`);

    const email = `katalog-${run}@example.dk`;
    await page.getByRole("textbox", { name: "Navn", exact: true }).fill("Karen Katalog");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await page.getByRole("textbox", { name: "Postnummer", exact: true }).fill("7400");
    await page.getByRole("checkbox", { name: /Tavshedspligt/ }).check();
    await page.getByRole("checkbox", { name: /følsomme oplysninger/ }).check();
    await page.getByRole("checkbox", { name: /Medlemskab og kontingent/ }).check();
    await page.getByRole("button", { name: "Send ansøgning" }).click();
    await page.waitForURL(`**/grupper/${group.slug}/ansoeg/tak`);
    const member = await db.member.findUniqueOrThrow({ where: { email }, include: { applications: true } });
    expect(member.applications.map((a) => a.groupId)).toEqual([group.id]);
  });

  it("offers the interest list instead of an apply button on the page of a group that is closed to newcomers", async () => {
    const group = await makeGroup(`lukket-side-${run}`, { openForNewcomers: false });
    const page = await (await newContext(browser)).newPage();
    await page.goto(`/grupper/${group.slug}`);
    expect(await page.getByRole("link", { name: "Søg om plads i gruppen" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Skriv dig på interesselisten" }).getAttribute("href")).toBe("/interesse?emne=sorg&alder=voksne");
  });

  it.each([
    ["closed to newcomers", { openForNewcomers: false }],
    ["ended", { state: "ENDED" as const }],
  ])("shows no form for a group %s and offers the interest list, preselected", async (_what, data) => {
    const group = await makeGroup(`lukket-${run}-${Object.keys(data)[0].toLowerCase()}`, data);
    const page = await (await newContext(browser)).newPage();
    await page.goto(`/grupper/${group.slug}/ansoeg`);
    expect(await page.getByRole("button", { name: "Send ansøgning" }).count()).toBe(0);
    expect(await page.locator("form").count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Skriv dig på interesselisten" }).click();
    await page.waitForURL("**/interesse?emne=sorg&alder=voksne");
    expect(await page.getByRole("combobox", { name: "Emne" }).inputValue()).toBe("GRIEF");
    expect(await page.getByRole("combobox", { name: "Aldersgruppe" }).inputValue()).toBe("ADULTS");
  });

  it("puts a person on the interest list", async () => {
    const email = `interesse-${run}@example.dk`;
    const page = await (await newContext(browser)).newPage();
    await page.goto("/interesse?emne=ensomhed&alder=aeldre");
    await expectAccessible(page);
    await page.getByRole("textbox", { name: "Navn", exact: true }).fill("Ib Interesse");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await page.getByRole("checkbox", { name: /interesselisten/ }).check();
    await page.getByRole("button", { name: "Skriv mig på listen" }).click();
    await page.waitForURL("**/interesse/tak");
    await expectAccessible(page);
    expect(await db.interest.findFirst({ where: { email }, select: { topic: true, ageBand: true } })).toEqual({
      topic: "LONELINESS",
      ageBand: "ELDERLY",
    });
  });

  it("works as a plain form post without JavaScript, and shows server errors there too", async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: "da-DK", javaScriptEnabled: false });
    const page = await context.newPage();
    const email = `uden-js-${run}@example.dk`;
    await page.goto("/interesse?emne=sorg&alder=voksne");
    await page.getByRole("textbox", { name: "Navn", exact: true }).fill("Uden Script");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill("ikke-en-email");
    await page.getByRole("checkbox", { name: /interesselisten/ }).check();
    await page.getByRole("button", { name: "Skriv mig på listen" }).click();
    await page.waitForLoadState("load");
    const alert = await page.getByRole("alert").textContent();
    expect(alert).toContain("Nogle felter skal rettes");
    expect(alert).toContain("Skriv en gyldig email");
    expect(await db.interest.count({ where: { name: "Uden Script" } })).toBe(0);

    await page.getByRole("textbox", { name: "Navn", exact: true }).fill("Uden Script");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await page.getByRole("checkbox", { name: /interesselisten/ }).check();
    await page.getByRole("button", { name: "Skriv mig på listen" }).click();
    await page.waitForURL("**/interesse/tak");
    expect(await db.interest.count({ where: { email } })).toBe(1);
    await context.close();
  });

  it("lets a person become a member, confirmed from the email", async () => {
    const email = `medlem-${run}@example.dk`;
    const page = await (await newContext(browser)).newPage();
    await page.goto("/bliv-medlem");
    await expectAccessible(page);
    await page.getByRole("textbox", { name: "Navn", exact: true }).fill("Maja Medlem");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await page.getByRole("textbox", { name: "Postnummer", exact: true }).fill("7400");
    await page.getByRole("checkbox", { name: /personoplysninger/ }).check();
    await page.getByRole("button", { name: "Bliv medlem" }).click();
    await page.waitForURL("**/bliv-medlem/tak");
    await expectAccessible(page);
    await page.goto(await e2eConfirmationLink(db, email));
    await page.getByRole("button", { name: "Bekræft indmeldelse" }).click();
    await page.waitForURL("**/bekraeft/tak?hvad=member");
    expect(await page.getByRole("heading", { name: "Kontingent" }).count()).toBe(1);
    const member = await db.member.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(member.memberships.map((m) => m.status)).toEqual(["PENDING_PAYMENT"]);
  });

  it("a member under 18 is told after confirming that the membership is free, without the fee or how to pay", async () => {
    const email = `ung-${run}@example.dk`;
    const page = await (await newContext(browser, { mobile: true })).newPage();
    await page.goto("/bliv-medlem");
    await page.getByRole("textbox", { name: "Navn", exact: true }).fill("Ung Medlem");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
    await page.getByRole("textbox", { name: "Postnummer", exact: true }).fill("7400");
    await page.getByRole("textbox", { name: "Fødselsår (valgfrit)" }).fill(String(new Date().getFullYear() - 15));
    await page.getByRole("checkbox", { name: /personoplysninger/ }).check();
    await page.getByRole("button", { name: "Bliv medlem" }).click();
    await page.waitForURL("**/bliv-medlem/tak");
    await page.goto(await e2eConfirmationLink(db, email));
    await page.getByRole("button", { name: "Bekræft indmeldelse" }).click();
    await page.waitForURL("**/bekraeft/tak?hvad=member&betaling=fri");
    const main = (await page.getByRole("main").textContent()) ?? "";
    expect(main).toContain("Dit medlemskab er gratis");
    expect(main).not.toMatch(/Kontingent|MobilePay|kr\. om året|Bankoverførsel/);
    await expectAccessible(page);
  });

  it("explains privacy, legal basis and how to get a copy or erasure", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto("/privatliv");
    const text = await page.locator("main").textContent();
    expect(text).toContain("artikel 9, stk. 2, litra a");
    expect(text).toMatch(/slettes efter \d+ dage/);
    expect(text).toContain("kopi");
    await expectAccessible(page);
  });
});
