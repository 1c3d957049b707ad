import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import crypto from "node:crypto";
import { afterAll, beforeEach, inject, vi } from "vitest";
import { resetRequestState } from "./request";

// A fresh database for this test file, made before lib/db is imported: on SQLite a copy of the
// migrated template file (global-db.ts), on PostgreSQL (the integration-pg project) a copy of the
// migrated template database (global-db-postgres.ts).
let dropDatabase: () => Promise<void> = async () => {};
if (process.env.TEST_DATABASE === "postgresql") {
  const { admin, databaseUrl } = await import("./global-db-postgres");
  const server = inject("postgresUrl");
  const template = inject("postgresTemplate");
  const name = `${template}_${crypto.randomBytes(4).toString("hex")}`;
  await admin(server, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  process.env.DATABASE_URL = databaseUrl(server, name);
  delete process.env.DATABASE_FILE;
  dropDatabase = async () => {
    // A connection still busy (e.g. the outbox worker's delivery, still waiting for a mail server the
    // test has stopped) would keep $disconnect waiting: DROP … WITH (FORCE) ends it anyway.
    const { db } = await import("@/lib/db");
    await Promise.race([db.$disconnect(), new Promise((resolve) => setTimeout(resolve, 2_000))]);
    await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-file-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(inject("templateDb"), file);
  process.env.DATABASE_FILE = file;
  delete process.env.DATABASE_URL;
  dropDatabase = async () => fs.rmSync(dir, { recursive: true, force: true });
}
// As behind the site's reverse proxy: the caller's address comes from X-Forwarded-For (request.ts).
process.env.TRUST_PROXY = "1";
// Seals the secret links of queued mails (lib/email/seal.ts), as scripts/prepare.mjs does on start.
process.env.NEXTAUTH_SECRET ||= "integration-test-secret";

// The boundary with Next's request context: everything below it (actions, data, the database) is real.
vi.mock("next/cache", async () => (await import("./request")).nextCacheMock);
vi.mock("next/headers", async () => (await import("./request")).nextHeadersMock);
vi.mock("@/lib/auth/session-token", async () => (await import("./request")).sessionTokenMock);

beforeEach(() => resetRequestState());

afterAll(() => dropDatabase(), 30_000);
