import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { launchBrowser, newContext, seriousA11yViolations, signIn } from "../helpers/browser";
import { e2eDb, untilGroupPageOpens } from "../helpers/e2e-db";

// A planned group forms in the open: its public page and its catalogue card count down as the
// coordinator records intake conversations in the admin area, and the coordinator is told once (email
// and overview) when it has enough people. The public pages are cached; each intake revalidates them.
describe("a planned group counting down on its public page", () => {
  let browser: Browser;
  let db: PrismaClient;
  const stamp = Date.now().toString(36);
  const groupName = `E2E Samles ${stamp}`;
  const slug = `e2e-samles-${stamp}`;
  let groupId = "";
  const applicationIds: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    db = e2eDb();
    const group = await db.group.create({
      data: {
        slug,
        name: groupName,
        topic: "LONELINESS",
        ageBand: "ADULTS",
        description: "En gruppe for voksne, der savner nogen at tale med.",
        state: "PLANNED",
        minParticipants: 3,
        expectedStartOn: new Date(Date.UTC(2099, 2, 1)),
        searchText: `e2e samles ${stamp}`,
        sortKey: `e2e samles ${stamp}`,
      },
    });
    groupId = group.id;
    const now = new Date();
    for (let i = 0; i < 3; i++) {
      const member = await db.member.create({
        data: { name: `E2E Ansøger ${i} ${stamp}`, email: `samles-${i}-${stamp}@e2e.test`, postcode: "7400", consentAt: now, consentVersion: "e2e" },
      });
      const application = await db.application.create({
        data: {
          groupId,
          memberId: member.id,
          consentConfidentialityAt: now,
          consentConfidentialityVersion: "e2e-1",
          consentSensitiveDataAt: now,
          consentSensitiveDataVersion: "e2e-1",
          consentFeeAt: now,
          consentFeeVersion: "e2e-1",
        },
      });
      applicationIds.push(application.id);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await db?.$disconnect();
  });

  /** What a visitor reads on the group page, loaded afresh. */
  async function publicLine(visitor: Page): Promise<string> {
    await visitor.goto(`/grupper/${slug}`);
    return (await visitor.getByText(/^Gruppen samles:/).textContent()) ?? "";
  }

  async function recordIntake(admin: Page, applicationId: string) {
    await admin.goto(`/admin/ansoegninger/${applicationId}`);
    await admin.getByRole("button", { name: "Registrér forsamtale" }).click();
    await admin.getByText(/^Holdt .* af /).waitFor();
  }

  it("counts down with each intake, and tells the coordinator once when it has enough", async () => {
    await untilGroupPageOpens(slug);
    const visitor = await (await newContext(browser)).newPage();
    expect(await publicLine(visitor)).toBe("Gruppen samles: der mangler 3 deltagere, før vi starter");
    expect(await visitor.getByText("Vi forventer at starte omkring 1. marts 2099.").count()).toBe(1);
    expect(await visitor.getByText("Søger du nu, er du med fra gruppens første møde.").count()).toBe(1);
    // Counts only: no applicant's name is on the page.
    expect(await visitor.getByText(/E2E Ansøger/).count()).toBe(0);
    expect(await seriousA11yViolations(visitor)).toEqual([]);

    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, inject("adminEmail"), inject("adminPassword"));

    await recordIntake(admin, applicationIds[0]);
    expect(await publicLine(visitor)).toBe("Gruppen samles: der mangler 2 deltagere, før vi starter");
    await recordIntake(admin, applicationIds[1]);
    expect(await publicLine(visitor)).toBe("Gruppen samles: der mangler 1 deltager, før vi starter");

    await visitor.goto(`/grupper?q=${encodeURIComponent(`samles ${stamp}`)}`);
    const card = visitor.getByRole("listitem").filter({ has: visitor.getByRole("link", { name: groupName }) });
    expect(await card.getByText("Gruppen samles: der mangler 1 deltager, før vi starter").count()).toBe(1);

    const coordinatorMails = () =>
      db.outboxEmail.count({ where: { to: "koordinator@selvhjaelp-herning.dk", text: { contains: `/admin/grupper/${groupId}` } } });
    expect(await coordinatorMails()).toBe(0);
    await recordIntake(admin, applicationIds[2]);
    expect(await publicLine(visitor)).toBe("Gruppen samles: der er nok deltagere, og vi går snart i gang");
    expect(await coordinatorMails()).toBe(1);

    await admin.goto("/admin");
    const ready = admin.getByRole("region", { name: "Klar til at starte" });
    await ready.getByRole("link", { name: groupName }).waitFor();
    expect(await seriousA11yViolations(admin)).toEqual([]);

    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.goto(`/grupper/${slug}`);
    expect(await visitor.getByText(/^Gruppen samles:/).isVisible()).toBe(true);
    expect(await seriousA11yViolations(visitor)).toEqual([]);
  });

  it("the group form edits the minimum and the expected start, and the public page follows", async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, inject("adminEmail"), inject("adminPassword"));
    await admin.goto(`/admin/grupper/${groupId}/rediger`);
    await admin.getByLabel(/^Mindste antal deltagere før start/).fill("5");
    await admin.getByLabel(/^Forventet start/).fill("2099-04-15");
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await admin.getByRole("button", { name: "Gem ændringer" }).click();
    await admin.waitForURL(`**/admin/grupper/${groupId}`);
    await admin.getByText(/3 af mindst 5 tæller med/).waitFor();

    const visitor = await (await newContext(browser)).newPage();
    expect(await publicLine(visitor)).toBe("Gruppen samles: der mangler 2 deltagere, før vi starter");
    expect(await visitor.getByText("Vi forventer at starte omkring 15. april 2099.").count()).toBe(1);
  });
});
