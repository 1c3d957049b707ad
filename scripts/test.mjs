// `npm test`: every test (unit, integration on SQLite and on PostgreSQL, components, browser) in one
// vitest run, then the plain closing line "N passed, N failed, N skipped" that CI reads.
// For the PostgreSQL pass (vitest project integration-pg) it starts a throwaway PostgreSQL server from
// the machine's binaries (/usr/lib/postgresql/<version>/bin): a data folder in a temp dir, listening
// on 127.0.0.1 at a free port, stopped and deleted at the end, also on failure or Ctrl-C. With
// TEST_POSTGRES_URL already set it uses that server instead. When no server can be had, the run says so
// plainly; in CI (CI=true) that counts as a failure. The same holds for the several-instances test
// (project multi-instance), which also needs Debian's redis-server binary (it starts its own Redis).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { POSTGRES_ONLY, SQLITE_ONLY } from "../tests/helpers/database-only.mjs";

const root = path.resolve(import.meta.dirname, "..");
const report = path.join(root, ".tmp", "vitest-report.json");
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const inCi = process.env.CI === "true" || process.env.CI === "1";
const args = process.argv.slice(2);

/** The projects named with --project (none: all of them). */
const projects = args.flatMap((a, i) => (a.startsWith("--project=") ? [a.slice(10)] : a === "--project" ? [args[i + 1]] : []));
const wantsPostgres = projects.length === 0 || projects.includes("integration-pg") || projects.includes("multi-instance");
const wantsRedis = projects.length === 0 || projects.includes("multi-instance");

let server = null;
let postgresProblem = null;
const env = { ...process.env, NO_COLOR: "1", NEXT_TELEMETRY_DISABLED: "1" };
if (wantsPostgres && !env.TEST_POSTGRES_URL) {
  try {
    server = await startPostgres();
    env.TEST_POSTGRES_URL = server.url;
    console.log(`PostgreSQL ${server.version} for the tests: 127.0.0.1:${server.port} (throwaway, in ${server.dir})`);
  } catch (error) {
    postgresProblem = error.message;
  }
}
if (postgresProblem) {
  console.log(`\n*** PostgreSQL could not be started: ${postgresProblem}`);
  console.log(`*** The integration tests run on SQLite only${inCi ? "; in CI that is a failure" : ""}.\n`);
}
// The several-instances test (vitest project multi-instance) starts its own Redis from this binary.
let redisProblem = null;
if (wantsRedis) {
  try {
    env.TEST_REDIS_SERVER = redisServerBinary();
    if (postgresProblem) redisProblem = "it needs PostgreSQL too";
  } catch (error) {
    redisProblem = error.message;
  }
  if (redisProblem) {
    delete env.TEST_REDIS_SERVER;
    console.log(`\n*** The several-instances test (multi-instance) cannot run: ${redisProblem}${inCi ? "; in CI that is a failure" : ""}.\n`);
  }
}
if (wantsPostgres) {
  console.log(`SQLite only (not run on PostgreSQL): ${SQLITE_ONLY.join(", ")}`);
  console.log(`PostgreSQL only (not run on SQLite): ${POSTGRES_ONLY.join(", ")}\n`);
}

let child = null;
const stopAll = () => {
  if (server) server.stop();
  server = null;
};
process.on("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (child && child.exitCode === null) child.kill(signal);
    stopAll();
    process.exit(130);
  });
}

const vitestArgs = ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args];
child = spawn(path.join(root, "node_modules", ".bin", "vitest"), vitestArgs, { cwd: root, stdio: "inherit", env });
const status = await new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
stopAll();

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, "utf8"));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0);
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  // A file that fails to load (or a failed global setup) counts as a failure, not as zero tests.
  for (const suite of json.testResults ?? []) {
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) failed += 1;
  }
} else {
  failed += 1;
}
let exitCode = status;
if (exitCode !== 0 && failed === 0) failed = 1;
if (postgresProblem) {
  console.log(`\n*** PostgreSQL could not be started (${postgresProblem}): the PostgreSQL integration tests did not run.`);
  if (inCi) {
    failed += 1;
    exitCode = exitCode || 1;
  }
}
if (redisProblem) {
  console.log(`\n*** The several-instances test did not run (${redisProblem}).`);
  if (inCi) {
    failed += 1;
    exitCode = exitCode || 1;
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(exitCode);

/** Debian's redis-server (REDIS_SERVER overrides), checked by running it once; throws when there is none. */
function redisServerBinary() {
  // The same places .ci/run's `command -v redis-server` looks: PATH.
  const onPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, "redis-server"));
  const candidates = process.env.REDIS_SERVER ? [process.env.REDIS_SERVER] : ["/usr/bin/redis-server", ...onPath];
  const binary = candidates.find((c) => fs.existsSync(c));
  if (!binary) throw new Error("no redis-server found (`apt-get install redis-server`, or REDIS_SERVER=/path/to/redis-server)");
  try {
    execFileSync(binary, ["--version"], { stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    throw new Error(`${binary} --version failed: ${error.message.split("\n")[0]}`);
  }
  return binary;
}

/** The newest PostgreSQL server binaries on the machine (POSTGRES_BIN overrides), or null. */
function postgresBin() {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** initdb + pg_ctl start as the `postgres` user when run as root (initdb refuses root). */
async function startPostgres() {
  const bin = postgresBin();
  if (!bin) throw new Error("no PostgreSQL server binaries found (/usr/lib/postgresql/<version>/bin; `apt-get install postgresql`)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-pg-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const run = (file, fileArgs) => {
    const [cmd, cmdArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, file), ...fileArgs]] : [path.join(bin, file), fileArgs];
    return execFileSync(cmd, cmdArgs, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  };
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    const port = await freePort();
    const options = [
      "-c listen_addresses=127.0.0.1",
      `-p ${port}`,
      `-k ${dir}`,
      // A throwaway server: durability is not needed, speed is.
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=200",
      "-c timezone=UTC",
    ].join(" ");
    run("pg_ctl", ["-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"]);
    const version = run("postgres", ["--version"])
      .trim()
      .replace(/^postgres \(PostgreSQL\) /, "");
    let stopped = false;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      port,
      dir,
      version,
      stop() {
        if (stopped) return;
        stopped = true;
        try {
          run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
        } catch {
          // Already gone: nothing to stop.
        }
        cleanup();
      },
    };
  } catch (error) {
    const detail = fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter(Boolean).slice(-3).join(" | ") : "";
    const stderr = String(error.stderr ?? "")
      .trim()
      .split("\n")
      .slice(-2)
      .join(" | ");
    cleanup();
    throw new Error(`${error.message.split("\n")[0]}${stderr ? ` — ${stderr}` : ""}${detail ? ` — ${detail}` : ""}`);
  }
}
