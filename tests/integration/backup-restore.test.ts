import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backup, listBackups } from "../../scripts/backup.mjs";
import { restore } from "../../scripts/restore.mjs";

const WRITES = 4000;

/** A separate process that commits WRITES rows one transaction at a time, keys k-1 … k-N. */
function startWriter(file: string) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1], { timeout: 10000 });
    const insert = db.prepare('INSERT INTO "RateLimitHit" ("id", "key", "createdAt") VALUES (?, ?, ?)');
    for (let i = 1; i <= ${WRITES}; i++) insert.run("w" + i, "k-" + i, Date.now());
    db.close();`;
  const child = spawn(process.execPath, ["-e", script, file], { cwd: process.cwd(), stdio: ["ignore", "ignore", "inherit"] });
  return new Promise<number | null>((resolve) => child.on("exit", resolve));
}

const committedKeys = (db: Database.Database) =>
  db
    .prepare(`SELECT "key" FROM "RateLimitHit" WHERE "key" LIKE 'k-%'`)
    .pluck()
    .all()
    .map((k) => Number(String(k).slice(2)));

describe("backup and restore", () => {
  it("copies a consistent database while another process writes, and a restore finds every row committed before the copy", async () => {
    const file = process.env.DATABASE_FILE!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-backup-"));
    const live = new Database(file, { timeout: 10_000 });
    live.pragma("journal_mode = WAL");

    const writer = startWriter(file);
    // Wait (without a time budget) until the writer is well under way.
    while (committedKeys(live).length < 200) await new Promise((r) => setTimeout(r, 5));
    const committedBefore = committedKeys(live);
    const target = await backup({ source: file, dir, keep: 2 });
    expect(await writer).toBe(0);
    live.close();

    const restoredFile = path.join(dir, "restored", "selvhjaelp.db");
    restore(target, { target: restoredFile });
    const restored = new Database(restoredFile, { readonly: true });
    const keys = committedKeys(restored).sort((a, b) => a - b);
    restored.close();
    // Every row committed before the backup began is there, and the copy is one moment of the
    // writer's sequence: k-1 … k-n with no gaps.
    for (const k of committedBefore) expect(keys).toContain(k);
    expect(keys).toEqual(Array.from({ length: keys.length }, (_, i) => i + 1));
    expect(keys.length).toBeLessThanOrEqual(WRITES);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it("keeps the newest copies only, and a restore keeps the database it replaces", async () => {
    const file = process.env.DATABASE_FILE!;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-backup-"));
    for (const day of ["2026-11-01", "2026-11-02", "2026-11-03"]) await backup({ source: file, dir, keep: 2, now: new Date(`${day}T03:00:00Z`) });
    expect(listBackups(dir)).toEqual(["selvhjaelp-20261103T030000Z.db", "selvhjaelp-20261102T030000Z.db"]);

    const target = path.join(dir, "live.db");
    fs.copyFileSync(file, target);
    const { kept } = restore(path.join(dir, listBackups(dir)[0]), { target, now: new Date("2026-11-04T10:00:00Z") });
    expect(kept).toBe(path.join(dir, "live.before-restore-20261104T100000Z.db"));
    expect(fs.existsSync(kept!)).toBe(true);
    expect(fs.existsSync(target)).toBe(true);
  });

  it("refreshes the query planner's statistics of the live database with the daily copy", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-backup-"));
    const file = path.join(dir, "live.db");
    fs.copyFileSync(process.env.DATABASE_FILE!, file);
    const live = new Database(file);
    live.exec(`DROP TABLE IF EXISTS sqlite_stat1; DELETE FROM "RateLimitHit";`);
    const insert = live.prepare('INSERT INTO "RateLimitHit" ("id", "key", "createdAt") VALUES (?, ?, ?)');
    live.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`s${i}`, `k-${i % 7}`, Date.now());
    })();
    live.close();
    await backup({ source: file, dir: path.join(dir, "copies") });
    const after = new Database(file, { readonly: true });
    const stats = after.prepare(`SELECT "idx", "stat" FROM sqlite_stat1 WHERE "tbl" = 'RateLimitHit'`).all() as { idx: string; stat: string }[];
    after.close();
    expect(stats.find((s) => s.idx === "RateLimitHit_key_createdAt_idx")?.stat).toMatch(/^500 /);
  });

  it("refuses a file that is not a database of this site, and changes nothing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-backup-"));
    const other = path.join(dir, "other.db");
    new Database(other).exec("CREATE TABLE x (a)");
    const target = path.join(dir, "live.db");
    fs.writeFileSync(target, "current");
    expect(() => restore(other, { target })).toThrow(/ikke en database fra denne side/);
    expect(fs.readFileSync(target, "utf8")).toBe("current");
  });
});
