// `npm run bench`: HTTP load on the public pages of the built app (autocannon, loopback only).
// Builds into .next-bench against a fresh seeded database, starts `next start`, measures, stops.
// Options: BENCH_SECONDS (default 10 per page), BENCH_CONNECTIONS (default 10), BENCH_REUSE_BUILD=1.
// `npm run bench -- --scale`: every public and admin page at two generated data sizes (scripts/bench-scale.mjs).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort, waitFor } from "./bench-lib.mjs";

if (process.argv.includes("--scale")) {
  await import("./bench-scale.mjs");
  process.exit(0);
}

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-bench-"));
const port = await freePort();
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: ".next-bench",
  DATABASE_FILE: path.join(dir, "bench.db"),
  NEXTAUTH_SECRET: "bench-" + Math.random().toString(36).slice(2),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  ADMIN_PASSWORD: "bench-" + Math.random().toString(36).slice(2),
};

execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
execFileSync(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "inherit" });
execFileSync(bin("tsx"), ["--conditions=react-server", "scripts/ensure-admin.ts"], { cwd: root, env, stdio: "ignore" });
if (!(process.env.BENCH_REUSE_BUILD === "1" && fs.existsSync(path.join(root, ".next-bench", "BUILD_ID")))) {
  console.log("Building …");
  execFileSync(bin("next"), ["build"], { cwd: root, env, stdio: "ignore" });
}

const server = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: "ignore", detached: true });
const base = `http://127.0.0.1:${port}`;
try {
  await waitFor(base);
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
} finally {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    /* gone */
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

async function firstGroupPath(baseUrl) {
  const html = await (await fetch(baseUrl + "/grupper")).text();
  const match = html.match(/href="(\/grupper\/[a-z0-9-]+)"/);
  return match ? match[1] : null;
}
