// `npm run bench`: HTTP load on the public pages of the built app (autocannon, loopback only).
// Builds into .next-bench against a fresh seeded database, starts `next start`, and measures each
// public page side by side with a static file of the same size served by the same server from
// public/ (scripts/bench-compare.mjs; the files are written for the run and removed after it).
// Options: BENCH_SECONDS (default 5 per measurement), BENCH_CONNECTIONS (default 10), BENCH_ROUNDS
// (default 3 interleaved rounds), BENCH_ONLY=<part of a page's address> (only those pages), BENCH_REUSE_BUILD=1.
// `npm run bench -- --lighthouse`: the same server, but Lighthouse mobile on every public page
// (scripts/bench-lighthouse.mjs: `npx lighthouse@12.2.3` with Chromium; BENCH_LIGHTHOUSE_RUNS runs per
// page, the median reported, default 1).
// `npm run bench -- --probes` (or `npm run probes`): the same server, but the security review's probes
// (scripts/review-probes.mjs) instead of the load; exits 1 when one fails.
// `npm run bench -- --scale`: every public and admin page at two generated data sizes (scripts/bench-scale.mjs).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runProbes } from "./review-probes.mjs";
import { freePort, waitFor } from "./bench-lib.mjs";
import { compareWithStatic, publicPages, removeStaticTwins, writeStaticTwins } from "./bench-compare.mjs";
import { lighthouseAll } from "./bench-lighthouse.mjs";

if (process.argv.includes("--scale")) {
  await import("./bench-scale.mjs");
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const seconds = Number(process.env.BENCH_SECONDS || 5);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const rounds = Number(process.env.BENCH_ROUNDS || 3);
const probes = process.argv.includes("--probes");
const lighthouse = process.argv.includes("--lighthouse");
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
  NEXTAUTH_URL: `http://localhost:${port}`,
  ADMIN_EMAIL: "bench-admin@example.invalid",
  ADMIN_PASSWORD: "bench-" + Math.random().toString(36).slice(2),
  // As a server without a reverse proxy: X-Forwarded-For is not believed (the probes check that).
  TRUST_PROXY: "0",
  SMTP_URL: "",
  // The scheduled jobs stay out of the measurement.
  JOB_RUNNER: "off",
};

execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
execFileSync(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "inherit" });
execFileSync(bin("tsx"), ["--conditions=react-server", "scripts/ensure-admin.ts"], { cwd: root, env, stdio: "ignore" });
if (!(process.env.BENCH_REUSE_BUILD === "1" && fs.existsSync(path.join(root, distDir, "BUILD_ID")))) {
  console.log("Building …");
  execFileSync(bin("next"), ["build"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}

const base = `http://localhost:${port}`;
// "localhost", not "127.0.0.1": with -H 127.0.0.1 Next 16 forwards the proxy's rewrites (the page for an
// unknown group) over HTTP to itself (vercel/next.js#94745), which is not how the site is served.
const start = () => spawn(bin("next"), ["start", "-p", String(port), "-H", "localhost"], { cwd: root, env, stdio: "ignore", detached: true });
const stop = (child) => {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    /* gone */
  }
};
let server = start();
let failed = false;
try {
  await waitFor(base);
  const pages = publicPages(await firstGroupSlug(base)).filter((p) => !process.env.BENCH_ONLY || p.page.includes(process.env.BENCH_ONLY));
  if (probes) {
    const target = {
      base,
      adminEmail: env.ADMIN_EMAIL,
      adminPassword: env.ADMIN_PASSWORD,
      dbFile: env.DATABASE_FILE,
      distDir: path.join(root, distDir),
    };
    failed = (await runProbes(target)).some((r) => r.status === "FAIL");
  } else if (lighthouse) {
    for (const p of pages) await (await fetch(base + p.page)).arrayBuffer(); // each page in the cache first
    lighthouseAll(base, pages, Number(process.env.BENCH_LIGHTHOUSE_RUNS || 1));
  } else {
    console.log(`\n${os.cpus().length} cores; ${os.loadavg()[0].toFixed(1)} load before the run`);
    await writeStaticTwins(root, base, pages);
    // A fresh start, so the server's list of public files certainly holds the twins.
    stop(server);
    await new Promise((r) => setTimeout(r, 1000));
    server = start();
    await waitFor(base);
    await compareWithStatic(base, pages, { seconds, connections, rounds });
    console.log(
      `\n${new Date().toISOString()}; ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")} load after the run (1 / 5 / 15 min)`,
    );
  }
} finally {
  stop(server);
  removeStaticTwins(root);
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

async function firstGroupSlug(baseUrl) {
  const html = await (await fetch(baseUrl + "/grupper")).text();
  if (html.includes(`href="/grupper/sorggruppe-for-voksne"`)) return "sorggruppe-for-voksne"; // the seed's open group
  const match = html.match(/href="\/grupper\/([a-z0-9-]+)"/);
  if (!match) throw new Error("no group on /grupper");
  return match[1];
}
