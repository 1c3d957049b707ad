import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { afterAll, beforeEach, inject, vi } from "vitest";
import { resetRequestState } from "./request";

// A fresh copy of the migrated template database for this test file. Set before lib/db is imported.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-file-"));
const file = path.join(dir, "test.db");
fs.copyFileSync(inject("templateDb"), file);
process.env.DATABASE_FILE = file;
// As behind the site's reverse proxy: the caller's address comes from X-Forwarded-For (request.ts).
process.env.TRUST_PROXY = "1";
// Seals the secret links of queued mails (lib/email/seal.ts), as scripts/prepare.mjs does on start.
process.env.NEXTAUTH_SECRET ||= "integration-test-secret";

// The boundary with Next's request context: everything below it (actions, data, SQLite) is real.
vi.mock("next/cache", async () => (await import("./request")).nextCacheMock);
vi.mock("next/headers", async () => (await import("./request")).nextHeadersMock);
vi.mock("@/lib/auth/session-token", async () => (await import("./request")).sessionTokenMock);

beforeEach(() => resetRequestState());

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
