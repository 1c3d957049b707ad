// `npm run backup`: a consistent copy of the SQLite database while the site runs (SQLite's online
// backup API), kept in BACKUP_DIR (default data/backups) as selvhjaelp-<UTC time>.db; the newest
// BACKUP_KEEP copies (default 14) are kept, older ones deleted. Schedule it (cron/systemd timer) daily.
// The daily run also refreshes the query planner's statistics of the live database (PRAGMA optimize),
// so the planner keeps choosing the indexes as the tables grow (docs/scale.md).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const root = path.resolve(import.meta.dirname, "..");
const PREFIX = "selvhjaelp-";

export function databaseFile() {
  return path.resolve(root, process.env.DATABASE_FILE || path.join("data", "selvhjaelp.db"));
}

export function backupDir() {
  return path.resolve(root, process.env.BACKUP_DIR || path.join(path.dirname(databaseFile()), "backups"));
}

/**
 * `PRAGMA optimize` on the live database: ANALYZE of the tables whose statistics are missing or out of
 * date (SQLite 3.46+ decides which, with a row limit so it stays quick). Writes only sqlite_stat1.
 */
export function refreshPlannerStatistics(file = databaseFile()) {
  const db = new Database(file, { fileMustExist: true, timeout: 10_000 });
  try {
    db.pragma("optimize");
  } finally {
    db.close();
  }
}

/** Copies the live database into `dir`, deletes all but the newest `keep` copies, refreshes the planner's statistics. Returns the new file. */
export async function backup({
  source = databaseFile(),
  dir = backupDir(),
  keep = Number(process.env.BACKUP_KEEP || 14),
  now = new Date(),
  optimize = true,
} = {}) {
  if (!fs.existsSync(source)) throw new Error(`Databasen findes ikke: ${source}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const target = path.join(dir, `${PREFIX}${stamp}.db`);
  const partial = `${target}.partial`;
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    // The online backup copies page by page and restarts if a writer changes a page meanwhile, so the
    // copy is one consistent state of the database.
    await db.backup(partial);
  } finally {
    db.close();
  }
  // The copy carries the live database's WAL mode; back in rollback mode it is one self-contained file,
  // and opening it leaves no -wal/-shm files behind in the backup folder.
  const check = new Database(partial);
  check.pragma("journal_mode = DELETE");
  const ok = check.pragma("integrity_check", { simple: true });
  check.close();
  if (ok !== "ok") {
    fs.rmSync(partial, { force: true });
    throw new Error("Sikkerhedskopien bestod ikke SQLite's integritetstjek.");
  }
  fs.renameSync(partial, target);
  fs.chmodSync(target, 0o600);
  for (const old of listBackups(dir).slice(Math.max(1, keep))) fs.rmSync(path.join(dir, old), { force: true });
  if (optimize) refreshPlannerStatistics(source);
  return target;
}

/** Backup file names, newest first. */
export function listBackups(dir = backupDir()) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith(".db"))
    .sort()
    .reverse();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  backup()
    .then((file) => console.log(`Sikkerhedskopi gemt: ${path.relative(process.cwd(), file)}`))
    .catch((error) => {
      console.error(`Sikkerhedskopien mislykkedes: ${error.message}`);
      process.exit(1);
    });
}
