import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import Database from "better-sqlite3";

/**
 * Builds one migrated template database per test run by applying every migration.sql in order.
 * Each test file copies it (tests/helpers/integration-setup.ts), so files never share data.
 */
export default function setup({ provide }: { provide: (key: "templateDb", value: string) => void }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-test-"));
  const file = path.join(dir, "template.db");
  applyMigrations(file);
  provide("templateDb", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

export function applyMigrations(file: string) {
  const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
  const db = new Database(file);
  for (const name of fs.readdirSync(migrationsDir).sort()) {
    const sql = path.join(migrationsDir, name, "migration.sql");
    if (fs.existsSync(sql)) db.exec(fs.readFileSync(sql, "utf8"));
  }
  db.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
