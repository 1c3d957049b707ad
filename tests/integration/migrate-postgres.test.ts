import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { migratePostgres, postgresMigrations, POSTGRES_MIGRATIONS } from "../../scripts/migrate.mjs";
import { admin, databaseUrl } from "../helpers/global-db-postgres";

// PostgreSQL only (vitest.config.mts POSTGRES_ONLY): the migration runner of scripts/migrate.mjs, on
// brand-new databases of the test server. SQLite's migrations are Prisma's own `migrate deploy`.
const run = promisify(execFile);
const server = inject("postgresUrl");
const prefix = `${inject("postgresTemplate")}_mig${crypto.randomBytes(3).toString("hex")}`;
let n = 0;
const made: string[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-migrate-"));

async function freshDatabase(): Promise<string> {
  const name = `${prefix}_${n++}`;
  await admin(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  made.push(name);
  return databaseUrl(server, name);
}

async function rows<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await admin(server, async (c) => {
    for (const name of made) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

describe("the PostgreSQL migration runner (npm run db:migrate)", () => {
  it("three runners started at once apply each migration once, in rows that `prisma migrate status` agrees with", async () => {
    const url = await freshDatabase();
    const env = { ...process.env, DATABASE_URL: url };
    const runs = await Promise.all([0, 1, 2].map(() => run(process.execPath, ["scripts/migrate.mjs"], { cwd: process.cwd(), env })));
    expect(runs.filter((r) => /anvendt på PostgreSQL/.test(r.stdout))).toHaveLength(1);

    const applied = await rows<{ migration_name: string; checksum: string; applied_steps_count: number; finished: boolean }>(
      url,
      `SELECT "migration_name", "checksum", "applied_steps_count", "finished_at" IS NOT NULL AS "finished" FROM "_prisma_migrations" ORDER BY "migration_name"`,
    );
    const expected = postgresMigrations();
    expect(applied.map((r) => r.migration_name)).toEqual(expected.map((m: { name: string }) => m.name));
    for (const [i, m] of expected.entries()) {
      const bytes = fs.readFileSync(path.join(POSTGRES_MIGRATIONS, m.name, "migration.sql"));
      expect(applied[i]).toEqual({
        migration_name: m.name,
        checksum: crypto.createHash("sha256").update(bytes).digest("hex"),
        applied_steps_count: 1,
        finished: true,
      });
    }
    expect((await rows<{ n: string }>(url, `SELECT COUNT(*) AS n FROM "Group"`))[0].n).toBe("0");

    const status = await run(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "status"], { cwd: process.cwd(), env });
    expect(status.stdout).toContain("Database schema is up to date!");
    expect(status.stdout).toContain("prisma/postgres/schema.prisma");
  }, 60_000);

  it("runs each file as one script (a ';' inside a string stays), and a failing migration leaves nothing behind", async () => {
    const url = await freshDatabase();
    const dir = path.join(tmp, "migrations");
    fs.cpSync(POSTGRES_MIGRATIONS, dir, { recursive: true });
    const add = (name: string, sql: string) => {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
    };
    add("99990101000000_probe", `CREATE TABLE "Probe" ("t" TEXT);\nINSERT INTO "Probe" VALUES ('a; b');\n`);
    add("99990102000000_broken", `CREATE TABLE "Half" ("t" TEXT);\nINSERT INTO "Probe" VALUES ('c');\nSELECT 1 / 0;\n`);

    await expect(migratePostgres({ url, dir })).rejects.toThrow(/99990102000000_broken fejlede og er rullet tilbage/);
    expect(await rows(url, `SELECT "t" FROM "Probe"`)).toEqual([{ t: "a; b" }]);
    expect(await rows(url, `SELECT to_regclass('"Half"') IS NULL AS "absent"`)).toEqual([{ absent: true }]);
    const names = (await rows<{ migration_name: string }>(url, `SELECT "migration_name" FROM "_prisma_migrations"`)).map((r) => r.migration_name);
    expect(names).toContain("99990101000000_probe");
    expect(names).not.toContain("99990102000000_broken");

    // Fixed, it applies on the next run; the finished ones are not run again.
    fs.writeFileSync(path.join(dir, "99990102000000_broken", "migration.sql"), `CREATE TABLE "Half" ("t" TEXT);\n`);
    expect(await migratePostgres({ url, dir })).toEqual(["99990102000000_broken"]);
    expect(await rows(url, `SELECT COUNT(*)::int AS n FROM "Probe"`)).toEqual([{ n: 1 }]);
  }, 60_000);
});
