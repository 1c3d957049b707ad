// `npm run restore <file>`: puts a backup made by `npm run backup` back as the database. Stop the site
// first. The current database is kept beside it as <name>.before-restore-<time>.db, so a restore can be
// undone. The backup is checked (SQLite integrity check, the tables of this app) before anything moves.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFile } from "./backup.mjs";

export function restore(file, { target = databaseFile(), now = new Date() } = {}) {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new Error(`Filen findes ikke: ${source}`);
  const check = new Database(source, { readonly: true, fileMustExist: true });
  try {
    if (check.pragma("integrity_check", { simple: true }) !== "ok") throw new Error("Filen bestod ikke SQLite's integritetstjek.");
    const tables = new Set(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    for (const t of ["Group", "Member", "User", "AuditEvent"]) {
      if (!tables.has(t)) throw new Error(`Filen er ikke en database fra denne side (tabellen ${t} mangler).`);
    }
  } finally {
    check.close();
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let kept = null;
  if (fs.existsSync(target)) {
    // Fold any write-ahead log into the current file before keeping it aside.
    const live = new Database(target, { timeout: 10_000 });
    live.pragma("wal_checkpoint(TRUNCATE)");
    live.close();
    const stamp = now
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "Z");
    kept = target.replace(/\.db$/, "") + `.before-restore-${stamp}.db`;
    fs.renameSync(target, kept);
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
  const partial = `${target}.restoring`;
  fs.copyFileSync(source, partial);
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, target);
  return { target, kept };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error("Brug: npm run restore <sikkerhedskopi.db>   (stop siden først)");
    process.exit(2);
  }
  try {
    const { target, kept } = restore(file);
    console.log(`Gendannet til ${target}.${kept ? ` Den tidligere database ligger i ${kept}.` : ""} Start siden igen.`);
  } catch (error) {
    console.error(`Gendannelsen mislykkedes: ${error.message}`);
    process.exit(1);
  }
}
