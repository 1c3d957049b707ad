import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

/**
 * `npm start` and `npm run dev` first run scripts/prepare.mjs outside Next (migrate, seed, first
 * administrator, retention purge). Run it for real on a brand-new database file, twice, so a module
 * that cannot load outside Next's request context breaks this test instead of a newcomer's first start.
 */
describe("scripts/prepare.mjs on a fresh machine", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-prepare-"));
  const file = path.join(dir, "data", "site.db");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function prepare(): string {
    try {
      return execFileSync("node", ["scripts/prepare.mjs"], {
        cwd: process.cwd(),
        env: { ...process.env, DATABASE_FILE: file, NEXTAUTH_SECRET: "", ADMIN_EMAIL: "Start@Example.dk", ADMIN_PASSWORD: "" },
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

  it("creates, migrates and seeds the database, prints the first administrator's generated password once, and keeps a secret", () => {
    const first = prepare();
    expect(first).toContain("start@example.dk");
    expect(first).toMatch(/Adgangskode: \S{12,}/);
    const db = new Database(file, { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const groups = count("Group");
    expect(groups).toBeGreaterThanOrEqual(12);
    expect(db.prepare(`SELECT role, passwordHash FROM "User" WHERE email = ?`).get("start@example.dk")).toMatchObject({
      role: "ADMIN",
      passwordHash: expect.stringMatching(/^scrypt\$/),
    });
    // WAL mode, so readers do not wait for a writer; the file is readable by its owner only.
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(dir, "data", ".auth-secret"), "utf8").length).toBeGreaterThanOrEqual(40);

    // A second start changes nothing and prints no password.
    const second = prepare();
    expect(second).not.toMatch(/Adgangskode:/);
    const again = new Database(file, { readonly: true });
    expect((again.prepare(`SELECT COUNT(*) AS n FROM "Group"`).get() as { n: number }).n).toBe(groups);
    expect((again.prepare(`SELECT COUNT(*) AS n FROM "User" WHERE role = 'ADMIN'`).get() as { n: number }).n).toBe(1);
    again.close();
  }, 120_000);
});
