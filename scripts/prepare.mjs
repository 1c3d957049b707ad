// Makes the database ready: applies migrations, seeds demo data when the database is empty, creates
// the first administrator, and deletes records whose retention period has passed; on SQLite it also
// creates the data folder and file (owner-only) and tunes the file. DATABASE_URL=postgres://… selects
// PostgreSQL (migrations by scripts/migrate.mjs, which runs ANALYZE afterwards); otherwise the SQLite
// file DATABASE_FILE. The auth secret is generated outside the database folder (AUTH_SECRET_FILE)
// when NEXTAUTH_SECRET is not set.
// Used by `npm start` and `npm run dev`; run on its own (`node scripts/prepare.mjs`) it reads .env files too.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { postgresUrl } from "./database.mjs";
import { loadEnvFiles } from "./load-env.mjs";
import { migrateSqlite } from "./migrate.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function databaseFile() {
  return path.resolve(root, process.env.DATABASE_FILE || path.join("data", "selvhjaelp.db"));
}

/**
 * Where the generated sign-in secret is kept: AUTH_SECRET_FILE, default `.auth-secret` in the project
 * folder. Not beside the database: whoever gets a copy of the data folder (a backup, a support copy)
 * should not also get the key that signs administrators' sessions.
 */
export function authSecretFile() {
  return path.resolve(root, process.env.AUTH_SECRET_FILE || ".auth-secret");
}

/** Where earlier versions kept the generated secret: beside the database. */
export function legacyAuthSecretFile() {
  return path.join(path.dirname(databaseFile()), ".auth-secret");
}

/**
 * NEXTAUTH_SECRET from the environment, or the one kept in authSecretFile(), generated on first start
 * (readable by its owner only). A secret still in the database folder from an earlier version is moved
 * there once (so existing sessions stay valid), also when NEXTAUTH_SECRET is set (then it is unused,
 * but should not travel with copies of the data folder either).
 */
export function authSecret() {
  const file = authSecretFile();
  const legacy = legacyAuthSecretFile();
  if (legacy !== file && fs.existsSync(legacy)) {
    const old = fs.readFileSync(legacy, "utf8").trim();
    if (old && !fs.existsSync(file)) writeSecret(file, old);
    fs.rmSync(legacy, { force: true });
    console.log(`Login-nøglen er flyttet ud af databasens mappe til ${file}.`);
  }
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!path.relative(path.dirname(databaseFile()), file).startsWith("..")) {
    console.warn("ADVARSEL: AUTH_SECRET_FILE ligger i databasens mappe, så en kopi af mappen også indeholder nøglen til login.");
  }
  if (!fs.existsSync(file)) writeSecret(file, crypto.randomBytes(32).toString("base64url"));
  return fs.readFileSync(file, "utf8").trim();
}

/** Writes a new secret file, owner-only; never replaces one that is already there. */
function writeSecret(file, secret) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if (error.code !== "EEXIST") throw error; // another start wrote it first: use that one
  }
}

export function prepare({ seed = process.env.SEED_DEMO_DATA !== "0" } = {}) {
  let env;
  if (postgresUrl()) {
    env = { ...process.env };
    // The runner (advisory lock, then each migration in its own transaction, then ANALYZE) in a child
    // process, so this function stays synchronous for start.mjs and dev.mjs.
    execFileSync(process.execPath, [path.join(root, "scripts", "migrate.mjs")], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  } else {
    const file = databaseFile();
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // Health data: the file is the owner's alone (SQLite gives its -wal and -shm files the same mode).
    fs.closeSync(fs.openSync(file, "a", 0o600));
    fs.chmodSync(file, 0o600);
    env = { ...process.env, DATABASE_FILE: file };
    migrateSqlite({ env, quiet: true });
    tuneDatabase(file);
  }
  const tsx = [bin("tsx"), "--conditions=react-server"];
  // Without the demo data a real site still gets the organisation's information page (editable in /admin/indhold).
  execFileSync(tsx[0], [tsx[1], "prisma/seed.ts", seed ? "--if-empty" : "--site-content"], { cwd: root, env, stdio: "inherit" });
  execFileSync(tsx[0], [tsx[1], "scripts/ensure-admin.ts"], { cwd: root, env, stdio: "inherit" });
  execFileSync(tsx[0], [tsx[1], "scripts/purge-expired.ts"], { cwd: root, env, stdio: "inherit" });
}

/**
 * SQLite only. WAL mode (kept in the file): readers no longer wait for a writer, so one slow write or an outside
 * lock does not stall every public page. `PRAGMA optimize` gives the query planner fresh statistics
 * after migrations.
 */
export function tuneDatabase(file) {
  const db = new Database(file, { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("optimize");
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  loadEnvFiles(root);
  prepare();
  authSecret();
}
