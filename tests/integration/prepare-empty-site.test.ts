import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { INFO_PAGE_SLUG } from "@/prisma/content/info-page";
import { admin, databaseUrl } from "../helpers/global-db-postgres";

const onPostgres = process.env.TEST_DATABASE === "postgresql";

/**
 * A real site starts without the demo data (SEED_DEMO_DATA=0, docs/deploy.md): scripts/prepare.mjs —
 * what `npm start` and `npm run release` run — on a brand-new database (a SQLite file, or a PostgreSQL
 * database in integration-pg) must still give it the organisation's information page, which
 * /admin/indhold edits but cannot create, and a first administrator, and nothing of the demo.
 */
describe(`scripts/prepare.mjs with SEED_DEMO_DATA=0 (${onPostgres ? "PostgreSQL" : "SQLite"})`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-empty-site-"));
  const file = path.join(dir, "data", "site.db");
  const database = `${onPostgres ? inject("postgresTemplate") : "unused"}_empty_${crypto.randomBytes(3).toString("hex")}`;
  const url = onPostgres ? databaseUrl(inject("postgresUrl"), database) : "";
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (onPostgres) await admin(inject("postgresUrl"), (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  });

  async function query(sql: string): Promise<Record<string, unknown>[]> {
    if (onPostgres) return (await admin(url, (c) => c.query(sql))).rows;
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const count = async (table: string) => Number((await query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);

  it("creates the information page and the first administrator, and no demo groups, people or settings", async () => {
    if (onPostgres) await admin(inject("postgresUrl"), (c) => c.query(`CREATE DATABASE "${database}"`));
    const env = {
      ...process.env,
      DATABASE_FILE: file,
      DATABASE_URL: url,
      SEED_DEMO_DATA: "0",
      ADMIN_EMAIL: "koordinator@example.dk",
      ADMIN_PASSWORD: "",
      AUTH_SECRET_FILE: path.join(dir, "secret"),
    };
    // Twice, as a second start or release would: the page stays one.
    for (let run = 0; run < 2; run++)
      execFileSync("node", ["scripts/prepare.mjs"], { cwd: process.cwd(), env, stdio: ["ignore", "ignore", "inherit"] });
    const pages = await query(`SELECT "slug", "title", "body" FROM "PageContent"`);
    expect(pages.map((p) => p.slug)).toEqual([INFO_PAGE_SLUG]);
    expect(String(pages[0].title).length).toBeGreaterThan(5);
    expect(String(pages[0].body).length).toBeGreaterThan(200);
    expect(await query(`SELECT "email", "role" FROM "User"`)).toEqual([{ email: "koordinator@example.dk", role: "ADMIN" }]);
    for (const table of ["Group", "Member", "Facilitator", "Settings"]) expect(await count(table)).toBe(0);
  }, 120_000);
});
