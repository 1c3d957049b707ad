import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, newContext, seriousA11yViolations, signIn } from "../helpers/browser";
import { e2eDb, untilGroupPageOpens } from "../helpers/e2e-db";

const db = e2eDb();
const run = Date.now().toString(36);

describe("a participant leaves a full group", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await db.$disconnect();
  });

  it("the coordinator records it on the group page, and the public page takes newcomers again", async () => {
    const group = await db.group.create({
      data: {
        slug: `fuld-${run}`,
        name: `Fuld gruppe ${run}`,
        topic: "DIVORCE",
        ageBand: "ADULTS",
        description: "En gruppe for voksne i skilsmisse.",
        weekday: 3,
        startTime: "19:00",
        capacity: 1,
        state: "STARTING",
      },
    });
    const member = await db.member.create({
      data: { name: `Per Deltager ${run}`, email: `per-${run}@example.dk`, postcode: "7400", consentAt: new Date(), consentVersion: "test" },
    });
    const participation = await db.participation.create({ data: { groupId: group.id, memberId: member.id } });
    await untilGroupPageOpens(group.slug);

    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`/grupper/${group.slug}`);
    expect(await visitor.getByRole("link", { name: "Søg om plads i gruppen" }).count()).toBe(0);

    const page = await (await newContext(browser)).newPage();
    await signIn(page, inject("adminEmail"), inject("adminPassword"));
    await page.goto(`/admin/grupper/${group.id}`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `${member.name} er stoppet i gruppen` }).click();
    await expect.poll(() => page.getByRole("button", { name: `${member.name} er stoppet i gruppen` }).count()).toBe(0);

    expect((await db.participation.findUniqueOrThrow({ where: { id: participation.id } })).leftAt).toBeInstanceOf(Date);
    await visitor.reload();
    expect(await visitor.getByRole("link", { name: "Søg om plads i gruppen" }).count()).toBe(1);
  });
});
