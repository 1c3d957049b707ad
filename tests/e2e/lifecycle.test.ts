import { randomBytes, scryptSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newContext, seriousA11yViolations, signIn } from "../helpers/browser";
import { e2eDb } from "../helpers/e2e-db";

// A cheaper scrypt than production (the stored hash carries its own parameters), same format as lib/auth/password.ts.
function quickHash(password: string) {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 64, { N: 2 ** 14, r: 8, p: 1 });
  return ["scrypt", 2 ** 14, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
}

const db = e2eDb();
const suffix = Date.now().toString(36);
const PASSWORD = "Igangsaetter-kode-42";
const anna = { email: `anna-${suffix}@e2e.test`, name: `Anna Andersen ${suffix}` };
const bo = { email: `bo-${suffix}@e2e.test`, name: `Bo Bech ${suffix}` };
const groupName = `Sorggruppe Åby ${suffix}`;

async function expectNoA11yViolations(page: Page) {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

describe("from a planned group to a self-running one", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const f of [anna, bo]) {
      await db.user.create({
        data: {
          ...f,
          role: "FACILITATOR",
          passwordHash: quickHash(PASSWORD),
          facilitator: { create: { courseCompletedAt: new Date("2025-02-01") } },
        },
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await db.$disconnect();
  });

  it("an administrator creates and starts a group, a facilitator runs it, the administrator hands it over", async () => {
    const admin = await (await newContext(browser)).newPage();
    await signIn(admin, inject("adminEmail"), inject("adminPassword"));

    // Create the group; it shows in the public catalogue at once.
    await admin.goto("/admin/grupper/ny");
    await expectNoA11yViolations(admin);
    await admin.getByLabel("Navn").fill(groupName);
    await admin.getByLabel("Emne").selectOption({ label: "Sorg" });
    await admin.getByLabel("Beskrivelse").fill("En gruppe for voksne, der har mistet en nærtstående og vil dele erfaringer.");
    await admin.getByLabel("Sted", { exact: true }).selectOption({ label: "Selvhjælp Herning" });
    await admin.getByLabel("Ugedag").selectOption({ label: "Tirsdag" });
    await admin.getByLabel("Starttidspunkt").fill("19:00");
    await admin.getByRole("button", { name: "Opret gruppe" }).click();
    await admin.waitForURL((url) => /^\/admin\/grupper\/(?!ny$)[^/]+$/.test(url.pathname));
    const groupId = admin.url().split("/").pop()!;
    const group = await db.group.findUniqueOrThrow({ where: { id: groupId } });
    expect(group.slug).toBe(`sorggruppe-aaby-${suffix}`);
    await expectNoA11yViolations(admin);

    const visitor = await (await newContext(browser)).newPage();
    // Searched for: the catalogue is paged, and the journeys before this one have filled its first page.
    await visitor.goto(`/grupper?q=${encodeURIComponent(groupName)}`);
    await expect(visitor.getByRole("link", { name: groupName }).count()).resolves.toBeGreaterThan(0);

    // Assign two facilitators and start.
    for (const f of [anna, bo]) {
      await admin.getByLabel("Tildel igangsætter").selectOption({ label: `${f.name} (0 grupper)` });
      await admin.getByRole("button", { name: "Tildel", exact: true }).click();
      await admin.getByText("Igangsætteren er tildelt.").waitFor();
    }
    await admin.getByRole("button", { name: 'Flyt til "Opstart"' }).click();
    await admin.getByText('Gruppen har nu tilstanden "Opstart".').waitFor();
    // The meetings below are dated from January: the group started then (a coordinator can set the start
    // day; meetings before it are refused).
    await db.group.update({ where: { id: groupId }, data: { startDate: new Date("2026-01-01T00:00:00Z") } });

    // Participants joined through applications (another part of the system); the contact person is one of them.
    for (const name of ["Karen Kontakt", "Lars Larsen", "Mia Madsen"]) {
      const member = await db.member.create({
        data: {
          name,
          email: `${name.split(" ")[0].toLowerCase()}-${suffix}@e2e.test`,
          postcode: "7400",
          consentAt: new Date(),
          consentVersion: "e2e",
        },
      });
      await db.participation.create({ data: { groupId, memberId: member.id } });
    }

    // The facilitator signs in, sees only their group, records meetings with fewer facilitators each time.
    const facilitator = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(facilitator, anna.email, PASSWORD);
    await facilitator.goto("/admin/mine-grupper");
    await facilitator.getByRole("link", { name: groupName }).click();
    await facilitator.waitForURL(`**/admin/mine-grupper/${groupId}`);
    await expect(facilitator.getByRole("rowheader", { name: "Lars", exact: true }).count()).resolves.toBe(1);
    await expect(facilitator.getByText("Larsen").count()).resolves.toBe(0);
    await expectNoA11yViolations(facilitator);

    const attendance: (typeof anna)[][] = [[anna, bo], [anna, bo], [anna], [anna], [bo], []];
    for (const [i, present] of attendance.entries()) {
      await facilitator.getByLabel("Dato for mødet").fill(`2026-0${i + 1}-1${i}`);
      await facilitator.getByLabel("Antal deltagere til stede").fill("3");
      for (const f of present) await facilitator.getByLabel(f.name).check();
      await facilitator.getByRole("button", { name: "Registrér møde" }).click();
      await facilitator.getByText("Mødet er registreret.").waitFor();
    }
    await facilitator.getByText("2 → 2 → 1 → 1 → 1 → 0").waitFor();

    await facilitator.getByLabel("Gruppen har aftalt, hvor ofte den mødes").check();
    await facilitator.getByLabel("Gruppen har aftalt sine spilleregler, herunder tavshedspligten").check();
    await facilitator.getByLabel("Kontaktperson").selectOption({ label: "Karen" });
    await facilitator.getByRole("button", { name: "Gem parathedstjek" }).click();
    await facilitator.getByText("Parathedstjekket er gemt.").waitFor();
    await expectNoA11yViolations(facilitator);

    // The facilitator cannot open the administrators' group page.
    await facilitator.goto(`/admin/grupper/${groupId}`);
    await facilitator.waitForURL("**/admin/ingen-adgang");

    // The administrator moves the group to withdrawal, then hands it over.
    await admin.reload();
    await admin.getByRole("button", { name: 'Flyt til "Igangsætterne trækker sig"' }).click();
    await admin.getByText('Gruppen har nu tilstanden "Igangsætterne trækker sig".').waitFor();
    await admin.getByRole("button", { name: 'Flyt til "Selvkørende"' }).click();
    await admin.getByText('Gruppen har nu tilstanden "Selvkørende".').waitFor();
    await expectNoA11yViolations(admin);

    expect(await db.facilitatorAssignment.count({ where: { groupId, withdrawnAt: null } })).toBe(0);
    expect((await db.groupStateChange.findMany({ where: { groupId, kind: "STATE" }, orderBy: { createdAt: "asc" } })).map((h) => h.toState)).toEqual([
      "PLANNED",
      "STARTING",
      "WITHDRAWING",
      "SELF_RUNNING",
    ]);

    await visitor.goto(`/grupper/${group.slug}`);
    await visitor.getByText("Gruppen kører selv").first().waitFor();

    await admin.goto("/admin/igangsaettere?ledige=1");
    await admin.getByRole("link", { name: anna.name }).waitFor();
    await expectNoA11yViolations(admin);
    await admin.goto("/admin/grupper?fase=koerer-selv");
    await admin.getByRole("link", { name: groupName }).waitFor();
    await expectNoA11yViolations(admin);
  }, 180_000); // some fifty browser steps: on a busy 2-core machine more than the default minute
});
