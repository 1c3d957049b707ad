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

// The migration that made topics records, on a database that holds groups, interest entries and a
// minimum notice from before it: each keeps its topic, the seeded topics are rows with the old values
// as keys, and no table is rebuilt (a trigger on Group and on Member, as full-text search adds, survives).
// On SQLite (the integration project) and on PostgreSQL (integration-pg), each with its own migrations.
const MIGRATION = "_topics_as_data";
const postgres = process.env.TEST_DATABASE === "postgresql";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-topics-migration-"));
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

/** A database with every migration before the topics one applied; migrateRest() applies the rest. */
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
  const name = `${inject("postgresTemplate")}_topics${crypto.randomBytes(3).toString("hex")}`;
  await admin(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  cleanups.push(() => admin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined));
  const url = databaseUrl(server, name);
  // The app's own runner, first on a copy of the folder that ends before the topics migration.
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
  it("keeps every stored topic, makes the seeded topics rows, and rebuilds no table", async () => {
    const db = await before();
    try {
      await db.exec(`
        INSERT INTO "Group" ("id", "slug", "name", "topic", "ageBand", "description", "place", "updatedAt") VALUES
          ('g1', 'sorg-voksne', 'Sorg for voksne', 'GRIEF', 'ADULTS', 'En gruppe.', 'Herning', CURRENT_TIMESTAMP),
          ('g2', 'gaa-og-snak', 'Gå og snak', 'PHYSICAL_ACTIVITY', 'YOUTH', 'En gruppe.', 'Herning', CURRENT_TIMESTAMP),
          ('g3', 'efter-bruddet', 'Efter bruddet', 'DIVORCE', 'ADULTS', 'En gruppe.', 'Herning', CURRENT_TIMESTAMP);
        INSERT INTO "Interest" ("id", "name", "email", "topic", "ageBand", "consentAt", "consentVersion") VALUES
          ('i1', 'Ole', 'ole@example.dk', 'LONELINESS', 'ELDERLY', CURRENT_TIMESTAMP, 'v1'),
          ('i2', 'Mette', 'mette@example.dk', 'RELATIVES', 'ADULTS', CURRENT_TIMESTAMP, 'v1');
        INSERT INTO "InterestMinimumNotice" ("id", "topic", "ageBand", "count") VALUES ('n1', 'LONELINESS', 'ELDERLY', 4);
      `);
      await db.exec(PROBE_TRIGGERS);
      const triggersBefore = (await triggers(db)).map((t) => t.name);

      await db.migrateRest();

      expect(
        await db.rows(
          `SELECT g."slug", g."topic", t."slug" AS "topicSlug", t."label" FROM "Group" g JOIN "Topic" t ON t."key" = g."topic" ORDER BY g."slug"`,
        ),
      ).toEqual([
        { slug: "efter-bruddet", topic: "DIVORCE", topicSlug: "skilsmisse", label: "Skilsmisse" },
        { slug: "gaa-og-snak", topic: "PHYSICAL_ACTIVITY", topicSlug: "fysisk-aktivitet", label: "Fysisk aktivitet" },
        { slug: "sorg-voksne", topic: "GRIEF", topicSlug: "sorg", label: "Sorg" },
      ]);
      expect(await db.rows(`SELECT "id", "topic" FROM "Interest" ORDER BY "id"`)).toEqual([
        { id: "i1", topic: "LONELINESS" },
        { id: "i2", topic: "RELATIVES" },
      ]);
      expect(await db.rows(`SELECT "topic", "ageBand" FROM "InterestMinimumNotice"`)).toEqual([{ topic: "LONELINESS", ageBand: "ELDERLY" }]);
      // Today's slugs, in today's order, none retired, each with a description.
      const topics = await db.rows<{ key: string; slug: string; description: string; retiredAt: unknown }>(
        `SELECT "key", "slug", "description", "retiredAt" FROM "Topic" ORDER BY "sortOrder"`,
      );
      expect(topics.map((t) => [t.key, t.slug])).toEqual([
        ["GRIEF", "sorg"],
        ["ILLNESS", "sygdom"],
        ["RELATIVES", "paaroerende"],
        ["LONELINESS", "ensomhed"],
        ["SELF_DEVELOPMENT", "selvudvikling"],
        ["DIVORCE", "skilsmisse"],
        ["PHYSICAL_ACTIVITY", "fysisk-aktivitet"],
      ]);
      for (const t of topics) expect(t).toMatchObject({ retiredAt: null, description: expect.stringMatching(/^For dig, der .{20,}\.$/) });

      // No rebuild: every trigger made before the migration (the probes, and any an earlier migration
      // made, such as full-text search's) is still there, beside the migration's own.
      expect(triggersBefore).toEqual(expect.arrayContaining(["Group_probe", "Member_probe"]));
      expect((await triggers(db)).map((t) => t.name)).toEqual(expect.arrayContaining([...triggersBefore, "Topic_never_deleted"]));
      const indexes = await db.rows<{ name: string }>(
        postgres
          ? `SELECT indexname::text AS "name" FROM pg_indexes WHERE tablename = 'Group'`
          : `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Group'`,
      );
      expect(indexes.map((i) => i.name)).toContain("Group_topic_ageBand_sortKey_idx");
      await expect(db.exec(`DELETE FROM "Topic" WHERE "key" = 'GRIEF'`)).rejects.toThrow(/never deleted/);

      if (postgres) {
        // The columns changed type in place, and the enum type is gone.
        const columns = await db.rows(
          `SELECT table_name::text AS "table", data_type::text AS "type" FROM information_schema.columns WHERE column_name = 'topic' ORDER BY 1`,
        );
        expect(columns).toEqual([
          { table: "Group", type: "text" },
          { table: "Interest", type: "text" },
          { table: "InterestMinimumNotice", type: "text" },
        ]);
        expect(await db.rows(`SELECT typname FROM pg_type WHERE typname = 'Topic' AND typtype = 'e'`)).toEqual([]);
      } else {
        // The timestamps the migration wrote read as dates through Prisma's adapter.
        const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${path.join(tmp, "before.db")}` }) });
        try {
          const rows = await prisma.topic.findMany({ select: { createdAt: true, updatedAt: true } });
          expect(rows).toHaveLength(7);
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
