// Demo data for Selvhjælp Herning. Idempotent: every record has a fixed unique key (email, slug or a
// "seed-…" id) and is only created when missing, so a second run changes nothing and admin edits are
// never overwritten. `--if-empty` seeds only a database without groups (used by scripts/prepare.mjs).
// `--site-content` writes only what a real site needs too, the organisation's information page
// (scripts/prepare.mjs with SEED_DEMO_DATA=0): no demo groups, people or settings.
// Run: npx tsx --conditions=react-server prisma/seed.ts [--if-empty | --site-content]
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { infoPageFromText, INFO_PAGE_SLUG } from "./content/info-page";
import { seedGroups } from "./seed/groups";
import { seedPeople } from "./seed/write-people";
import { seedGroupData } from "./seed/write-groups";
import { seedActivity } from "./seed/write-activity";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";

const DEMO_SETTINGS = {
  membershipFeeOre: 10000,
  mobilePayNumber: "12 34 56 (DEMO – ikke et rigtigt nummer)",
  bankAccount: "Reg. 1234 konto 0012345678 (DEMO – ikke en rigtig konto)",
  coordinatorEmail: "koordinator@selvhjaelp-herning.dk",
  maxGroupsPerFacilitator: 2,
  minMeetingsBeforeWithdrawal: 6,
};

async function seedSettings() {
  const existing = await db.settings.findUnique({ where: { id: 1 } });
  if (!existing) {
    // The organisation's name, address and signature as the site has always shown them (an admin changes them in Indstillinger).
    await db.settings.create({ data: { id: 1, ...DEMO_SETTINGS, ...DEFAULT_IDENTITY } });
    return;
  }
  // A row made before the seed ran (all defaults) gets the demo contact details; real values stay.
  const blanks = (["mobilePayNumber", "bankAccount", "coordinatorEmail"] as const).filter((key) => existing[key] === "");
  if (blanks.length > 0) {
    await db.settings.update({ where: { id: 1 }, data: Object.fromEntries(blanks.map((key) => [key, DEMO_SETTINGS[key]])) });
  }
}

/** The organisation's information page (its text is not demo data), when missing. */
export async function seedInfoPage() {
  const text = fs.readFileSync(path.join(process.cwd(), "prisma", "content", `${INFO_PAGE_SLUG}.txt`), "utf8");
  const { title, body } = infoPageFromText(text);
  // Created only when missing: an administrator's edits are never overwritten.
  await db.pageContent.upsert({ where: { slug: INFO_PAGE_SLUG }, update: {}, create: { slug: INFO_PAGE_SLUG, title, body } });
}

/** Seeds the demo data; returns false when `ifEmpty` is set and groups already exist. */
export async function seedDemoData({ ifEmpty = false, now = new Date() }: { ifEmpty?: boolean; now?: Date } = {}): Promise<boolean> {
  if (ifEmpty && (await db.group.count()) > 0) return false;
  await seedSettings();
  await seedInfoPage();
  const people = await seedPeople(now);
  const groups = await seedGroupData(now, people.facilitators);
  await seedActivity(now, people.members, groups);
  return true;
}

if (process.argv[1]?.replace(/\\/g, "/").endsWith("prisma/seed.ts")) {
  const work = process.argv.includes("--site-content")
    ? seedInfoPage().then(() => false)
    : seedDemoData({ ifEmpty: process.argv.includes("--if-empty") });
  work
    .then(async (seeded) => {
      if (seeded) console.log(`Demo-data er klar (${seedGroups.length} grupper i Herning).`);
      await db.$disconnect();
    })
    .catch(async (error) => {
      console.error("Seed failed:", (error as Error).message);
      await db.$disconnect();
      process.exit(1);
    });
}
