import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { launchBrowser, newContext, seriousA11yViolations, signIn } from "../helpers/browser";
import { e2eDb } from "../helpers/e2e-db";

// A coordinator's journey: open an application, record the intake, try to accept without payment
// (refused, with the payment form offered), record the payment, accept, and see the free seats change.
describe("deciding on an application as an administrator", () => {
  let browser: Browser;
  let db: PrismaClient;
  const stamp = Date.now().toString(36);
  const groupName = `E2E Sorggruppe ${stamp}`;
  const memberName = `E2E Ansøger ${stamp}`;
  let applicationId = "";
  let memberId = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    db = e2eDb();
    const group = await db.group.create({
      data: {
        slug: `e2e-sorg-${stamp}`,
        name: groupName,
        topic: "GRIEF",
        ageBand: "ADULTS",
        description: "En gruppe for voksne, der har mistet.",
        weekday: 2,
        startTime: "19:00",
        capacity: 3,
        state: "STARTING",
      },
    });
    const other = await db.member.create({
      data: { name: `E2E Deltager ${stamp}`, email: `deltager-${stamp}@e2e.test`, postcode: "7400", consentAt: new Date(), consentVersion: "e2e" },
    });
    await db.participation.create({ data: { groupId: group.id, memberId: other.id } });
    const member = await db.member.create({
      data: {
        name: memberName,
        email: `ansoeger-${stamp}@e2e.test`,
        postcode: "7400",
        consentAt: new Date(),
        consentVersion: "e2e",
        memberships: { create: { feeOre: 10000, status: "PENDING_PAYMENT" } },
      },
    });
    memberId = member.id;
    const now = new Date();
    const application = await db.application.create({
      data: {
        groupId: group.id,
        memberId: member.id,
        message: "Jeg mistede min far i foråret.",
        consentConfidentialityAt: now,
        consentConfidentialityVersion: "e2e-1",
        consentSensitiveDataAt: now,
        consentSensitiveDataVersion: "e2e-1",
        consentFeeAt: now,
        consentFeeVersion: "e2e-1",
      },
    });
    applicationId = application.id;
  });

  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  async function signedInPage(): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
    return page;
  }

  it("records the intake and the payment, accepts, and the free seats change", async () => {
    const page = await signedInPage();

    await page.goto("/admin/ansoegninger?status=ny");
    await expect(page.getByRole("heading", { level: 1, name: "Ansøgninger" }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole("cell", { name: groupName }).count()).toBe(1);
    expect(await page.getByText("Jeg mistede min far").count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("link", { name: new RegExp(`åbn ansøgningen til ${groupName}`) }).click();
    await page.waitForURL(`**/admin/ansoegninger/${applicationId}`);
    await page.getByRole("heading", { level: 1, name: `Ansøgning til ${groupName}` }).waitFor();
    expect(await page.getByTestId("ledige-pladser").textContent()).toBe("2 af 3 ledige (1 deltagere)");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Registrér forsamtale" }).click();
    await page.getByText(/^Holdt .* af /).waitFor();

    await page.getByRole("button", { name: "Optag i gruppen" }).click();
    await page.getByRole("alert").filter({ hasText: "hverken betalt eller fritaget" }).waitFor();
    await page.getByRole("heading", { name: "Registrér betalingen her" }).waitFor();
    expect(await page.getByLabel("Beløb i kroner").inputValue()).toBe("100");
    await page.getByLabel("Betalt med").selectOption("MOBILEPAY");
    await page.getByLabel("Reference").fill("MP-E2E-1");
    await page.getByRole("button", { name: "Registrér betaling" }).click();
    await page.getByRole("status").filter({ hasText: "Nu kan du optage ansøgeren" }).waitFor();

    await page.getByRole("button", { name: "Optag i gruppen" }).click();
    await page.getByText("Status: Optaget").waitFor();
    expect(await page.getByTestId("ledige-pladser").textContent()).toBe("1 af 3 ledige (2 deltagere)");

    const participation = await db.participation.findUnique({ where: { applicationId }, select: { memberId: true } });
    expect(participation?.memberId).toBe(memberId);
    const payment = await db.payment.findFirst({ where: { membership: { memberId } }, select: { amountOre: true, reference: true } });
    expect(payment).toEqual({ amountOre: 10000, reference: "MP-E2E-1" });
    expect(await db.outboxEmail.count({ where: { to: `ansoeger-${stamp}@e2e.test`, text: { contains: "Du er optaget i selvhjælpsgruppen" } } })).toBe(
      1,
    );
  });

  it("shows the member register and a member page without the groups they attend, also on a phone", async () => {
    const page = await signedInPage();
    await page.goto(`/admin/medlemmer?q=${encodeURIComponent(memberName)}`);
    await page.getByRole("link", { name: memberName }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("link", { name: memberName }).click();
    await page.getByRole("heading", { level: 1, name: memberName }).waitFor();
    expect(await page.getByText(groupName).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto("/admin/ansoegninger?status=alle");
    await page.getByRole("cell", { name: groupName }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto("/admin/medlemmer?liste=udloeber");
    await page.getByRole("button", { name: "Send påmindelser" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
