// `npm run bench -- --scale`: what each public and admin page costs as the data grows. For each size it
// makes a throwaway database (migrated, seeded, then filled by scripts/bench-scale-data.ts), starts the
// built app on it, signs in as an administrator over HTTP, and puts autocannon on every page. It prints
// req/s, p50 and HTML size per page and size, and the cost ratio (req/s at the small size ÷ req/s at the
// large one); the goal is no page above 2×.
// Options: BENCH_SCALE_SIZES (groups:members:auditEvents,… default "1000:10000:50000,10000:100000:500000"),
// BENCH_SECONDS (default 5 per page), BENCH_CONNECTIONS (default 10), BENCH_ROUNDS (default 2), BENCH_REUSE_BUILD=1,
// BENCH_OUT=<file.json>, BENCH_ONLY=<part of a page's address>,… (only those pages).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { freePort, waitFor } from "./bench-lib.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const seconds = Number(process.env.BENCH_SECONDS || 5);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const sizes = (process.env.BENCH_SCALE_SIZES || "1000:10000:50000,10000:100000:500000").split(",").map((s) => {
  const [groups, members, audit] = s.split(":").map(Number);
  return { groups, members, audit };
});
const adminPassword = "bench-" + Math.random().toString(36).slice(2);

/** The pages measured, with what they need from the data (a group, an ended group, a member). */
function pagesFor(ids) {
  return [
    ["/", false],
    ["/hvad-er-en-selvhjaelpsgruppe", false],
    ["/grupper", false],
    ["/grupper?side=2", false],
    ["/grupper?emne=sorg&alder=voksne", false],
    ["/grupper?aaben=1", false],
    [`/grupper?q=${encodeURIComponent("pårørende")}`, false],
    ["/grupper?q=zzzz", false],
    [`/grupper/${ids.groupSlug}`, false, "/grupper/<gruppe>"],
    [`/grupper/${ids.endedSlug}`, false, "/grupper/<afsluttet gruppe>"],
    [`/grupper/${ids.groupSlug}/ansoeg`, false, "/grupper/<gruppe>/ansoeg"],
    ["/bliv-medlem", false],
    ["/login", false],
    ["/admin", true],
    ["/admin/grupper", true],
    ["/admin/grupper?fase=opstart&emne=sorg", true],
    [`/admin/grupper/${ids.groupId}`, true, "/admin/grupper/<id>"],
    ["/admin/igangsaettere", true],
    ["/admin/medlemmer", true],
    [`/admin/medlemmer?q=${encodeURIComponent("ø")}`, true],
    ["/admin/medlemmer?q=zzzz", true],
    ["/admin/medlemmer?liste=afventer-betaling", true],
    ["/admin/medlemmer?liste=udloeber", true],
    [`/admin/medlemmer/${ids.memberId}`, true, "/admin/medlemmer/<id>"],
    ["/admin/ansoegninger", true],
    ["/admin/ansoegninger?status=alle&gruppe=sorg", true],
    ["/admin/log", true],
    ["/admin/log?handling=member.view", true],
    ["/admin/statistik", true],
    ["/admin/brugere", true],
    ["/admin/udbakke", true],
  ]
    .map(([page, admin, label]) => ({ page, admin, label: label ?? decodeURIComponent(page) }))
    .filter(({ label }) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(",").some((part) => label.includes(part)));
}

async function signIn(base) {
  const cookies = new Map();
  const keep = (res) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  };
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email: "bench-admin@eksempel.dk", password: adminPassword, callbackUrl: `${base}/admin`, json: "true" }),
  });
  keep(res);
  const check = await fetch(`${base}/admin`, { redirect: "manual", headers: { cookie: header() } });
  if (check.status !== 200) throw new Error(`sign-in failed (GET /admin answered ${check.status})`);
  return header();
}

function pickIds(file) {
  const db = new Database(file, { readonly: true });
  const one = (sql) => db.prepare(sql).get();
  const ids = {
    groupSlug: one(
      `SELECT "slug" FROM "Group" WHERE "slug" LIKE 'bench-%' AND "state" = 'STARTING' AND "openForNewcomers" = 1 ORDER BY "slug" LIMIT 1`,
    ).slug,
    groupId: one(`SELECT "id" FROM "Group" WHERE "slug" LIKE 'bench-%' AND "state" = 'STARTING' ORDER BY "slug" LIMIT 1`).id,
    endedSlug: one(`SELECT "slug" FROM "Group" WHERE "slug" LIKE 'bench-%' AND "state" = 'ENDED' ORDER BY "slug" LIMIT 1`).slug,
    memberId: one(`SELECT "id" FROM "Member" WHERE "id" LIKE 'bp%' ORDER BY "id" LIMIT 1`).id,
  };
  db.close();
  return ids;
}

function envFor(file, port) {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: ".next-bench",
    DATABASE_FILE: file,
    NEXTAUTH_SECRET: "bench-secret-" + Math.random().toString(36).slice(2),
    NEXTAUTH_URL: `http://localhost:${port}`,
    BENCH_ADMIN_PASSWORD: adminPassword,
  };
}

/** A throwaway database of this size: migrated, seeded, then filled. */
function prepareSize(size) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-scale-"));
  const file = path.join(dir, "bench.db");
  const env = envFor(file, 0);
  console.log(`${size.groups} groups, ${size.members} members, ${size.audit} audit events: generating …`);
  const started = Date.now();
  execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "ignore" });
  execFileSync(bin("tsx"), ["scripts/bench-scale-data.ts", file, String(size.groups), String(size.members), String(size.audit)], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  return { size, dir, file, generatedIn: (Date.now() - started) / 1000 };
}

async function startServer(run) {
  const port = await freePort();
  const env = envFor(run.file, port);
  // "localhost", not "127.0.0.1": see scripts/bench.mjs (vercel/next.js#94745).
  const server = spawn(bin("next"), ["start", "-p", String(port), "-H", "localhost"], { cwd: root, env, stdio: "ignore", detached: true });
  const base = `http://localhost:${port}`;
  await waitFor(base);
  return { ...run, server, base, cookie: await signIn(base), pages: pagesFor(pickIds(run.file)), results: new Map() };
}

function stop(run) {
  try {
    process.kill(-run.server.pid, "SIGTERM");
  } catch {
    /* gone */
  }
}

/** One measurement of one page on one server; the best of the rounds is kept. */
async function measure(run, { page, admin, label }) {
  const headers = admin ? { cookie: run.cookie } : {};
  const res = await fetch(run.base + page, { headers, redirect: "manual" });
  const bytes = (await res.arrayBuffer()).byteLength;
  await autocannon({ url: run.base + page, headers, connections: 2, duration: 1 }); // warm-up (and the page cache of ISR pages)
  const r = await autocannon({ url: run.base + page, headers, connections, duration: seconds });
  const row = {
    page: label,
    status: res.status,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bytes,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
  };
  const best = run.results.get(label);
  if (!best || row.reqPerSec > best.reqPerSec) run.results.set(label, row);
  console.log(
    `  ${String(run.size.groups).padStart(6)} groups  ${label.padEnd(46)} ${String(Math.round(row.reqPerSec)).padStart(6)} req/s  p50 ${String(row.p50).padStart(5)} ms  ${String(Math.round(bytes / 1024)).padStart(5)} KB${row.status !== 200 || row.non2xx ? `  (status ${row.status}, non-2xx ${row.non2xx})` : ""}`,
  );
}

const prepared = sizes.map(prepareSize);
if (!(process.env.BENCH_REUSE_BUILD === "1" && fs.existsSync(path.join(root, ".next-bench", "BUILD_ID")))) {
  console.log("Building …");
  execFileSync(bin("next"), ["build"], { cwd: root, env: envFor(prepared[0].file, 3000), stdio: ["ignore", "ignore", "inherit"] });
}
// Every size is served at once and the measurements alternate between them, page by page and round by
// round, so a busy moment on a shared machine falls on both sizes alike; the best round counts.
const runs = [];
try {
  for (const run of prepared) runs.push(await startServer(run));
  const rounds = Number(process.env.BENCH_ROUNDS || 2);
  for (let round = 0; round < rounds; round++) {
    console.log(`\nRound ${round + 1} of ${rounds}`);
    for (const [i, page] of runs[0].pages.entries()) {
      const order = (round + i) % 2 === 0 ? runs : [...runs].reverse();
      for (const run of order) await measure(run, run.pages[i] ?? page);
    }
  }
} finally {
  runs.forEach(stop);
  await new Promise((r) => setTimeout(r, 500));
  for (const run of prepared) fs.rmSync(run.dir, { recursive: true, force: true });
}

// The table for docs/scale.md: each page at the smallest and the largest size, and the cost ratio.
const [small, large] = [runs[0], runs[runs.length - 1]];
const sizeLabel = (r) => `${r.size.groups.toLocaleString("da-DK")} groups`;
console.log(
  `\n${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${connections} connections, ${seconds} s per page, best of ${process.env.BENCH_ROUNDS || 2} rounds, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}\n`,
);
console.log(`| page | req/s ${sizeLabel(small)} | req/s ${sizeLabel(large)} | p50 ms | p50 ms | KB | KB | cost × |`);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const a of small.results.values()) {
  const b = large.results.get(a.page);
  if (!b) continue;
  const ratio = b.reqPerSec > 0 ? a.reqPerSec / b.reqPerSec : Infinity;
  const kb = (n) => (n / 1024).toFixed(n < 10_240 ? 1 : 0);
  console.log(
    `| \`${a.page}\` | ${Math.round(a.reqPerSec)} | ${Math.round(b.reqPerSec)} | ${a.p50} | ${b.p50} | ${kb(a.bytes)} | ${kb(b.bytes)} | ${ratio.toFixed(2)} |`,
  );
}
if (process.env.BENCH_OUT) {
  const out = runs.map((r) => ({ size: r.size, generatedIn: r.generatedIn, results: [...r.results.values()] }));
  fs.writeFileSync(
    process.env.BENCH_OUT,
    JSON.stringify({ at: new Date().toISOString(), cores: os.cpus().length, connections, seconds, runs: out }, null, 2),
  );
}
