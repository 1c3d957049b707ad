import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, describe, expect, inject, it, vi } from "vitest";
import { authSecret, authSecretFile } from "../../scripts/prepare.mjs";
import { admin, databaseUrl } from "../helpers/global-db-postgres";

const onPostgres = process.env.TEST_DATABASE === "postgresql";

/**
 * `npm start` and `npm run dev` first run scripts/prepare.mjs outside Next (migrate, seed, first
 * administrator, retention purge). Run it for real on a brand-new database, twice, so a module
 * that cannot load outside Next's request context breaks this test instead of a newcomer's first start.
 * On SQLite a new file; on PostgreSQL (the integration-pg project) a new, empty database.
 */
describe(`scripts/prepare.mjs on a fresh machine (${onPostgres ? "PostgreSQL" : "SQLite"})`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-prepare-"));
  const file = path.join(dir, "data", "site.db");
  const database = `${onPostgres ? inject("postgresTemplate") : "unused"}_prepare_${crypto.randomBytes(3).toString("hex")}`;
  const url = onPostgres ? databaseUrl(inject("postgresUrl"), database) : "";
  const secretFile = path.join(dir, "config", "auth-secret");
  const env = { ...process.env, DATABASE_FILE: file, DATABASE_URL: url, AUTH_SECRET_FILE: secretFile, NEXTAUTH_SECRET: "", BACKUP_DIR: "" };
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (onPostgres) await admin(inject("postgresUrl"), (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  });

  function prepare(): string {
    try {
      return execFileSync("node", ["scripts/prepare.mjs"], {
        cwd: process.cwd(),
        env: { ...env, ADMIN_EMAIL: "Start@Example.dk", ADMIN_PASSWORD: "" },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      // Only the error lines: the child's stack frames point into files the test reporter would try to map.
      const stderr = String((error as { stderr?: unknown }).stderr ?? "");
      const lines = stderr.split("\n").filter((l) => /Error/.test(l) && !/^\s+at\s/.test(l) && !/[\\/]/.test(l));
      throw new Error(`scripts/prepare.mjs failed: ${lines.slice(0, 5).join(" | ") || "see its output"}`);
    }
  }

  /** Runs SQL against the prepared database (read only). */
  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (onPostgres) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        let n = 0;
        return (
          await client.query(
            sql.replace(/\?/g, () => `$${++n}`),
            params,
          )
        ).rows as T[];
      } finally {
        await client.end();
      }
    }
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }
  const count = async (sql: string) => Number((await query<{ n: number | string }>(sql))[0].n);

  it("creates, migrates and seeds the database, prints the first administrator's generated password once, and keeps a secret", async () => {
    if (onPostgres) await admin(inject("postgresUrl"), (c) => c.query(`CREATE DATABASE "${database}"`));
    const first = prepare();
    expect(first).toContain("start@example.dk");
    expect(first).toMatch(/Adgangskode: \S{12,}/);
    const groups = await count(`SELECT COUNT(*) AS n FROM "Group"`);
    expect(groups).toBeGreaterThanOrEqual(12);
    expect((await query(`SELECT "role", "passwordHash" FROM "User" WHERE "email" = ?`, ["start@example.dk"]))[0]).toMatchObject({
      role: "ADMIN",
      passwordHash: expect.stringMatching(/^scrypt\$/),
    });
    if (onPostgres) {
      // Migrated by the app's runner, in rows Prisma's CLI reads; the planner has statistics.
      expect(await count(`SELECT COUNT(*) AS n FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`)).toBeGreaterThanOrEqual(1);
      expect(await count(`SELECT COUNT(*) AS n FROM pg_stat_user_tables WHERE relname = 'Group' AND last_analyze IS NOT NULL`)).toBe(1);
    } else {
      // WAL mode, so readers do not wait for a writer; the file is readable by its owner only.
      const db = new Database(file, { readonly: true });
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      db.close();
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
    // The sign-in secret is kept outside the database folder, owner-only.
    expect(fs.readFileSync(secretFile, "utf8").length).toBeGreaterThanOrEqual(40);
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(path.join(dir, "data", ".auth-secret"))).toBe(false);

    // A second start changes nothing and prints no password.
    const second = prepare();
    expect(second).not.toMatch(/Adgangskode:/);
    expect(await count(`SELECT COUNT(*) AS n FROM "Group"`)).toBe(groups);
    expect(await count(`SELECT COUNT(*) AS n FROM "User" WHERE "role" = 'ADMIN'`)).toBe(1);
    if (!onPostgres) {
      // After migrating, PRAGMA optimize gave the query planner statistics of the tables that have rows.
      expect(await count(`SELECT COUNT(*) AS n FROM sqlite_stat1 WHERE "tbl" = 'Group'`)).toBeGreaterThan(0);
    }
  }, 120_000);

  it("moves a secret an earlier version kept beside the database out of that folder once, keeping its value", () => {
    const legacy = path.join(dir, "data", ".auth-secret");
    fs.rmSync(secretFile);
    fs.mkdirSync(path.dirname(legacy), { recursive: true });
    fs.writeFileSync(legacy, "secret-from-an-earlier-version-0123456789abcdef\n", { mode: 0o600 });
    expect(prepare()).toContain("Login-nøglen er flyttet ud af databasens mappe");
    expect(fs.existsSync(legacy)).toBe(false);
    expect(fs.readFileSync(secretFile, "utf8")).toBe("secret-from-an-earlier-version-0123456789abcdef");
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(prepare()).not.toContain("Login-nøglen er flyttet");
    expect(fs.readFileSync(secretFile, "utf8")).toBe("secret-from-an-earlier-version-0123456789abcdef");
  }, 120_000);

  // npm run backup copies the SQLite file; PostgreSQL is backed up with its own tools (README).
  it.skipIf(onPostgres)("npm run backup copies the SQLite database only: no secret in the backup folder, wherever one lies", () => {
    fs.writeFileSync(path.join(dir, "data", ".auth-secret"), "stray-secret-in-the-data-folder", { mode: 0o600 });
    execFileSync("node", ["scripts/backup.mjs"], { cwd: process.cwd(), env, stdio: "ignore" });
    const backups = path.join(dir, "data", "backups");
    const names = fs.readdirSync(backups);
    expect(names).toEqual([expect.stringMatching(/^selvhjaelp-\d{8}T\d{6}Z\.db$/)]);
    const copy = fs.readFileSync(path.join(backups, names[0]));
    for (const secret of [fs.readFileSync(secretFile, "utf8"), "stray-secret-in-the-data-folder"]) expect(copy.includes(secret)).toBe(false);
  });
});

describe("the sign-in secret (scripts/prepare.mjs authSecret)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-secret-"));
  afterEach(() => vi.unstubAllEnvs());
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is kept in .auth-secret in the project folder unless AUTH_SECRET_FILE says otherwise (git ignores it)", () => {
    vi.stubEnv("AUTH_SECRET_FILE", "");
    expect(authSecretFile()).toBe(path.join(process.cwd(), ".auth-secret"));
    expect(fs.readFileSync(path.join(process.cwd(), ".gitignore"), "utf8").split("\n")).toContain(".auth-secret");
    vi.stubEnv("AUTH_SECRET_FILE", path.join(dir, "elsewhere"));
    expect(authSecretFile()).toBe(path.join(dir, "elsewhere"));
  });

  it("comes from NEXTAUTH_SECRET when that is set, and no file is written", () => {
    vi.stubEnv("AUTH_SECRET_FILE", path.join(dir, "unused"));
    vi.stubEnv("NEXTAUTH_SECRET", "from-the-environment");
    expect(authSecret()).toBe("from-the-environment");
    expect(fs.existsSync(path.join(dir, "unused"))).toBe(false);
  });
});
