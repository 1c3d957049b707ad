import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromiumPath } from "./chromium";
import { applyMigrations } from "./global-db";

/**
 * Builds the app into .next-e2e (never touching the site's own .next), starts `next start` on a free
 * loopback port against a fresh, seeded SQLite file, and hands the address to the browser tests.
 * E2E_REUSE_BUILD=1 skips the build when one exists (for quick local reruns only).
 */
export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  chromiumPath(); // fails early, with install instructions, when Chromium is missing

  const root = process.cwd();
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-e2e-"));
  const dbFile = path.join(dir, "e2e.db");
  const adminEmail = "admin@e2e.test";
  const adminPassword = "e2e-" + Math.random().toString(36).slice(2) + "-Kode";
  const port = await freePort();
  const authSecret = "e2e-secret-" + Math.random().toString(36).slice(2);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: ".next-e2e",
    // The browser journeys run on the embedded SQLite file (the integration tests cover PostgreSQL).
    DATABASE_FILE: dbFile,
    DATABASE_URL: "",
    NEXTAUTH_SECRET: authSecret,
    NEXTAUTH_URL: `http://localhost:${port}`,
    SITE_URL: `http://localhost:${port}`,
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    SMTP_URL: "",
    // Next fills X-Forwarded-For from the socket when a request has none: the loopback address.
    TRUST_PROXY: "1",
    // The automatic jobs would mail and change the shared seeded data at times of their own choosing;
    // the journeys run a job only through "Kør nu" (tests/e2e/jobs.test.ts).
    JOB_RUNNER: "off",
  };

  applyMigrations(dbFile);
  execFileSync(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "inherit" });
  execFileSync(bin("tsx"), ["--conditions=react-server", "scripts/ensure-admin.ts"], { cwd: root, env, stdio: "ignore" });

  const reuse = process.env.E2E_REUSE_BUILD === "1" && fs.existsSync(path.join(root, ".next-e2e", "BUILD_ID"));
  if (!reuse) execFileSync(bin("next"), ["build"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });

  // "localhost", not "127.0.0.1": with -H 127.0.0.1 Next 16 treats the proxy's rewrites as external and
  // forwards them over HTTP to itself (vercel/next.js#94745), so the cached copies would not be tested as served.
  const server: ChildProcess = spawn(bin("next"), ["start", "-p", String(port), "-H", "localhost"], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const baseUrl = `http://localhost:${port}`;
  await waitForServer(baseUrl);

  provide("baseUrl", baseUrl);
  provide("e2eDatabaseFile", dbFile);
  provide("e2eAuthSecret", authSecret);
  provide("adminEmail", adminEmail);
  provide("adminPassword", adminPassword);
  // Opens the sealed text of an outbox row (lib/email/seal.ts): with no mail server here, a mail's link is read from there.
  provide("e2eSecret", env.NEXTAUTH_SECRET!);

  return () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitForServer(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not start on ${url} within 60 s`);
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDatabaseFile: string;
    /** The server's NEXTAUTH_SECRET: opens sealed outbox mails, as the mail the recipient gets. */
    e2eAuthSecret: string;
    adminEmail: string;
    adminPassword: string;
    e2eSecret: string;
  }
}
