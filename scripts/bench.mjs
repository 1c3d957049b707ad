// `npm run bench`: HTTP load on the public pages of the built app (autocannon, loopback only).
// Builds into .next-bench against a fresh seeded database, starts `next start`, measures, stops.
// Options: BENCH_SECONDS (default 10 per page), BENCH_CONNECTIONS (default 10), BENCH_REUSE_BUILD=1.
// `npm run bench -- --probes` (or `npm run probes`): the same server, but the security review's probes
// (scripts/review-probes.mjs) instead of the load; exits 1 when one fails.
// `npm run bench -- --scale`: every public and admin page at two generated data sizes (scripts/bench-scale.mjs).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { runProbes } from "./review-probes.mjs";
import { freePort, waitFor } from "./bench-lib.mjs";

if (process.argv.includes("--scale")) {
  await import("./bench-scale.mjs");
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const probes = process.argv.includes("--probes");
const distDir = ".next-bench";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-bench-"));
const port = await freePort();
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: distDir,
  DATABASE_FILE: path.join(dir, "bench.db"),
  NEXTAUTH_SECRET: "bench-" + Math.random().toString(36).slice(2),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  ADMIN_EMAIL: "bench-admin@example.invalid",
  ADMIN_PASSWORD: "bench-" + Math.random().toString(36).slice(2),
  // As a server without a reverse proxy: X-Forwarded-For is not believed (the probes check that).
  TRUST_PROXY: "0",
  SMTP_URL: "",
};

execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
execFileSync(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "inherit" });
execFileSync(bin("tsx"), ["--conditions=react-server", "scripts/ensure-admin.ts"], { cwd: root, env, stdio: "ignore" });
if (!(process.env.BENCH_REUSE_BUILD === "1" && fs.existsSync(path.join(root, distDir, "BUILD_ID")))) {
  console.log("Building …");
  execFileSync(bin("next"), ["build"], { cwd: root, env, stdio: "ignore" });
}

const server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: "ignore", detached: true });
const base = `http://127.0.0.1:${port}`;
let failed = false;
try {
  await waitFor(base);
  if (probes) {
    const target = {
      base,
      adminEmail: env.ADMIN_EMAIL,
      adminPassword: env.ADMIN_PASSWORD,
      dbFile: env.DATABASE_FILE,
      distDir: path.join(root, distDir),
    };
    failed = (await runProbes(target)).some((r) => r.status === "FAIL");
  } else await load();
} finally {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    /* gone */
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

async function load() {
  const firstGroup = await firstGroupPath(base);
  const pages = ["/", "/hvad-er-en-selvhjaelpsgruppe", "/grupper", "/grupper?emne=sorg&alder=voksne", "/grupper?q=pårørende", firstGroup].filter(
    Boolean,
  );
  console.log(`\n${connections} connections, ${seconds} s per page, ${os.cpus().length} cores\n`);
  console.log("page".padEnd(40), "req/s".padStart(8), "p50 ms".padStart(8), "p99 ms".padStart(8), "non-2xx".padStart(8));
  for (const page of pages) {
    await autocannon({ url: base + page, connections: 2, duration: 2 }); // warm-up
    const r = await autocannon({ url: base + page, connections, duration: seconds });
    console.log(
      page.padEnd(40),
      String(Math.round(r.requests.average)).padStart(8),
      String(r.latency.p50).padStart(8),
      String(r.latency.p99).padStart(8),
      String(r.non2xx).padStart(8),
    );
  }
}

async function firstGroupPath(baseUrl) {
  const html = await (await fetch(baseUrl + "/grupper")).text();
  const match = html.match(/href="(\/grupper\/[a-z0-9-]+)"/);
  return match ? match[1] : null;
}
