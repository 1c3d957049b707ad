import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { authSecret, authSecretFile } from "../../scripts/prepare.mjs";

/**
 * `npm start` and `npm run dev` first run scripts/prepare.mjs outside Next (migrate, seed, first
 * administrator, retention purge). Run it for real on a brand-new database file, twice, so a module
 * that cannot load outside Next's request context breaks this test instead of a newcomer's first start.
 */
describe("scripts/prepare.mjs on a fresh machine", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-prepare-"));
  const file = path.join(dir, "data", "site.db");
  const secretFile = path.join(dir, "config", "auth-secret");
  const env = { ...process.env, DATABASE_FILE: file, AUTH_SECRET_FILE: secretFile, NEXTAUTH_SECRET: "", BACKUP_DIR: "" };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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
    // The sign-in secret is kept outside the database folder, owner-only.
    expect(fs.readFileSync(secretFile, "utf8").length).toBeGreaterThanOrEqual(40);
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(path.join(dir, "data", ".auth-secret"))).toBe(false);

    // A second start changes nothing and prints no password.
    const second = prepare();
    expect(second).not.toMatch(/Adgangskode:/);
    const again = new Database(file, { readonly: true });
    expect((again.prepare(`SELECT COUNT(*) AS n FROM "Group"`).get() as { n: number }).n).toBe(groups);
    expect((again.prepare(`SELECT COUNT(*) AS n FROM "User" WHERE role = 'ADMIN'`).get() as { n: number }).n).toBe(1);
    again.close();
  }, 120_000);

  it("moves a secret an earlier version kept beside the database out of that folder once, keeping its value", () => {
    const legacy = path.join(dir, "data", ".auth-secret");
    fs.rmSync(secretFile);
    fs.writeFileSync(legacy, "secret-from-an-earlier-version-0123456789abcdef\n", { mode: 0o600 });
    expect(prepare()).toContain("Login-nøglen er flyttet ud af databasens mappe");
    expect(fs.existsSync(legacy)).toBe(false);
    expect(fs.readFileSync(secretFile, "utf8")).toBe("secret-from-an-earlier-version-0123456789abcdef");
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(prepare()).not.toContain("Login-nøglen er flyttet");
    expect(fs.readFileSync(secretFile, "utf8")).toBe("secret-from-an-earlier-version-0123456789abcdef");
  }, 120_000);

  it("npm run backup copies the database only: no secret in the backup folder, wherever one lies", () => {
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
