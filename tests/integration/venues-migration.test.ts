import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { migratePostgres } from "../../scripts/migrate.mjs";
import { admin, databaseUrl } from "../helpers/global-db-postgres";

// The migration that made venues records, on a database that holds groups with free-text places from
// before it: every distinct place becomes one venue (postcode and town read from "…, 7400 Herning"),
// each group points at its own, and Group is not rebuilt (its triggers, full-text search's too, stay).
// On SQLite (the integration project) and on PostgreSQL (integration-pg), each with its own migrations.
const MIGRATION = "_venues";
const postgres = process.env.TEST_DATABASE === "postgresql";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-venues-migration-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  fs.rmSync(tmp, { recursive: true, force: true });
});

type Db = {
  exec: (sql: string) => Promise<void>;
  rows: <T>(sql: string) => Promise<T[]>;
  migrateRest: () => Promise<void>;
  close: () => Promise<void>;
};

const folders = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((d) => /^\d+_/.test(d))
    .sort();

/** A database with every migration before the venues one applied; migrateRest() applies the rest. */
async function before(): Promise<Db> {
  const dir = path.resolve(postgres ? "prisma/postgres/migrations" : "prisma/migrations");
  const all = folders(dir);
  const at = all.findIndex((d) => d.endsWith(MIGRATION));
  expect(at, `no migration ending in ${MIGRATION}`).toBeGreaterThan(0);
  return postgres ? postgresBefore(dir, all, at) : sqliteBefore(dir, all, at);
}

function sqliteBefore(dir: string, all: string[], at: number): Db {
  const file = path.join(tmp, "before.db");
  const sqlite = new Database(file);
  const apply = (names: string[]) => {
    for (const name of names) sqlite.exec(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  };
  apply(all.slice(0, at));
  return {
    exec: async (sql) => void sqlite.exec(sql),
    rows: async <T>(sql: string) => sqlite.prepare(sql).all() as T[],
    // Applied as Prisma's deploy does through the better-sqlite3 adapter: the file as one script (exec).
    migrateRest: async () => apply(all.slice(at)),
    close: async () => void sqlite.close(),
  };
}

async function postgresBefore(dir: string, all: string[], at: number): Promise<Db> {
  const server = inject("postgresUrl");
  const name = `${inject("postgresTemplate")}_venues${crypto.randomBytes(3).toString("hex")}`;
  await admin(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  cleanups.push(() => admin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined));
  const url = databaseUrl(server, name);
  // The app's own runner, first on a copy of the folder that ends before the venues migration.
  const earlier = path.join(tmp, "migrations");
  fs.mkdirSync(earlier);
  for (const d of all.slice(0, at)) fs.cpSync(path.join(dir, d), path.join(earlier, d), { recursive: true });
  fs.copyFileSync(path.join(dir, "migration_lock.toml"), path.join(earlier, "migration_lock.toml"));
  await migratePostgres({ url, dir: earlier, analyze: false });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    exec: async (sql) => void (await client.query(sql)),
    rows: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    migrateRest: async () => {
      expect(await migratePostgres({ url, dir, analyze: false })).toEqual(all.slice(at));
    },
    close: () => client.end(),
  };
}

const PROBE_TRIGGERS = postgres
  ? `CREATE FUNCTION "probe"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
     CREATE TRIGGER "Group_probe" AFTER UPDATE ON "Group" FOR EACH ROW EXECUTE FUNCTION "probe"();
     CREATE TRIGGER "Member_probe" AFTER UPDATE ON "Member" FOR EACH ROW EXECUTE FUNCTION "probe"();`
  : `CREATE TRIGGER "Group_probe" AFTER UPDATE ON "Group" BEGIN SELECT 1; END;
     CREATE TRIGGER "Member_probe" AFTER UPDATE ON "Member" BEGIN SELECT 1; END;`;

const triggers = (db: Db) =>
  db.rows<{ name: string }>(
    postgres
      ? `SELECT tgname::text AS "name" FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`
      : `SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY 1`,
  );

describe(`the ${MIGRATION} migration (${postgres ? "PostgreSQL" : "SQLite"})`, () => {
  it("turns every distinct place into a venue and points each group at it, keeping every group and trigger", async () => {
    const db = await before();
    try {
      await db.exec(`
        INSERT INTO "Group" ("id", "slug", "name", "topic", "ageBand", "description", "place", "searchText", "updatedAt") VALUES
          ('g1', 'sorg-voksne', 'Sorg for voksne', 'GRIEF', 'ADULTS', 'En gruppe.', 'Selvhjælp Herning, Fredensgade 14, 7400 Herning', 'sorg for voksne', CURRENT_TIMESTAMP),
          ('g2', 'sorg-unge', 'Sorg for unge', 'GRIEF', 'YOUTH', 'En gruppe.', 'Selvhjælp Herning, Fredensgade 14, 7400 Herning ', 'sorg for unge', CURRENT_TIMESTAMP),
          ('g3', 'gaa-og-snak', 'Gå og snak', 'PHYSICAL_ACTIVITY', 'ADULTS', 'En gruppe.', 'Fuglsang Sø, 7400 Herning', 'gå og snak', CURRENT_TIMESTAMP),
          ('g4', 'biblioteket', 'Ved biblioteket', 'DIVORCE', 'ADULTS', 'En gruppe.', 'Biblioteket', 'ved biblioteket', CURRENT_TIMESTAMP);
      `);
      await db.exec(PROBE_TRIGGERS);
      const triggersBefore = (await triggers(db)).map((t) => t.name);

      await db.migrateRest();

      const venues = await db.rows<{ name: string; address: string; postcode: string; town: string; stepFreeAccess: unknown; retiredAt: unknown }>(
        `SELECT "name", "address", "postcode", "town", "stepFreeAccess", "retiredAt" FROM "Venue" ORDER BY "name"`,
      );
      expect(venues.map(({ name, address, postcode, town }) => ({ name, address, postcode, town }))).toEqual([
        { name: "Biblioteket", address: "Biblioteket", postcode: "", town: "" },
        { name: "Fuglsang Sø, 7400 Herning", address: "Fuglsang Sø", postcode: "7400", town: "Herning" },
        { name: "Selvhjælp Herning, Fredensgade 14, 7400 Herning", address: "Selvhjælp Herning, Fredensgade 14", postcode: "7400", town: "Herning" },
      ]);
      // Accessibility is not known yet; nothing is retired.
      for (const v of venues) expect([Boolean(v.stepFreeAccess), v.retiredAt]).toEqual([false, null]);
      expect(
        await db.rows(
          `SELECT g."id", g."format", g."meetingPoint", g."onlineUrl", v."name" AS "venue" FROM "Group" g LEFT JOIN "Venue" v ON v."id" = g."venueId" ORDER BY g."id"`,
        ),
      ).toEqual([
        { id: "g1", format: "IN_PERSON", meetingPoint: "", onlineUrl: "", venue: "Selvhjælp Herning, Fredensgade 14, 7400 Herning" },
        { id: "g2", format: "IN_PERSON", meetingPoint: "", onlineUrl: "", venue: "Selvhjælp Herning, Fredensgade 14, 7400 Herning" },
        { id: "g3", format: "IN_PERSON", meetingPoint: "", onlineUrl: "", venue: "Fuglsang Sø, 7400 Herning" },
        { id: "g4", format: "IN_PERSON", meetingPoint: "", onlineUrl: "", venue: "Biblioteket" },
      ]);
      // The search text stays as it was (it held the place already).
      expect(await db.rows(`SELECT "searchText" FROM "Group" WHERE "id" = 'g1'`)).toEqual([{ searchText: "sorg for voksne" }]);
      // No rebuild: every trigger made before the migration is still there.
      expect(triggersBefore).toEqual(expect.arrayContaining(["Group_probe", "Member_probe"]));
      expect((await triggers(db)).map((t) => t.name)).toEqual(expect.arrayContaining(triggersBefore));
      // A venue a group has cannot be deleted.
      await expect(db.exec(`DELETE FROM "Venue" WHERE "name" = 'Biblioteket'`)).rejects.toThrow(/constraint|foreign key/i);
      if (!postgres) {
        const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${path.join(tmp, "before.db")}` }) });
        try {
          const rows = await prisma.venue.findMany({ select: { createdAt: true, updatedAt: true } });
          expect(rows).toHaveLength(3);
          for (const r of rows) expect(Number.isNaN(r.createdAt.getTime()) || Number.isNaN(r.updatedAt.getTime())).toBe(false);
        } finally {
          await prisma.$disconnect();
        }
      }
    } finally {
      await db.close();
    }
  }, 60_000);
});
