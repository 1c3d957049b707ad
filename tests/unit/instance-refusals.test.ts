import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * `npm start` and `npm run release` as one of several instances, run for real (node scripts/…) with
 * every shared setting present but one thing wrong. None of these reach a database or Redis: a fake
 * build folder (BUILD_ID, the server-reference manifest with its key) stands in for `next build`, and
 * DATABASE_URL names a loopback port where nothing listens. The refusals that need a real PostgreSQL
 * and a real build (missing migrations, a build made with another key, a missing secret) are in
 * tests/multi-instance/two-instances.test.ts.
 */
// Each case starts node once; on a busy machine that can take seconds.
describe("refusals to start or release as one of several instances", { timeout: 60_000 }, () => {
  const key = crypto.randomBytes(32).toString("base64");
  let dir = "";
  let closedPort = 0;
  let base: Env = {};

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-refusals-"));
    closedPort = await freePort();
    base = {
      PATH: process.env.PATH,
      HOME: dir,
      INSTANCES: "multi",
      DATABASE_URL: `postgresql://selvhjaelp:x@127.0.0.1:${closedPort}/selvhjaelp`,
      REDIS_URL: `redis://127.0.0.1:${closedPort}`,
      NEXTAUTH_SECRET: "a-shared-secret",
      NEXTAUTH_URL: "https://www.selvhjaelp-herning.dk",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key,
      DATABASE_FILE: path.join(dir, "never.db"),
      AUTH_SECRET_FILE: path.join(dir, ".auth-secret"),
      PORT: String(await freePort()),
    };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A build folder as `next build` leaves it, as far as scripts/build-state.mjs reads it. */
  function fakeBuild(name: string, opts: { builtAt: Date; key?: string; finished?: boolean }) {
    const dist = path.join(dir, name);
    fs.mkdirSync(path.join(dist, "server"), { recursive: true });
    const files = opts.finished === false ? ["BUILD_ID"] : ["BUILD_ID", "export-marker.json"];
    for (const file of files) {
      fs.writeFileSync(path.join(dist, file), file === "BUILD_ID" ? "test-build" : "{}");
      fs.utimesSync(path.join(dist, file), opts.builtAt, opts.builtAt);
    }
    if (opts.key) fs.writeFileSync(path.join(dist, "server", "server-reference-manifest.json"), JSON.stringify({ encryptionKey: opts.key }));
    return dist;
  }
  const tomorrow = () => new Date(Date.now() + 86_400_000); // newer than every source: current

  it("refuses without a build, and names the command that makes one", async () => {
    const result = await run("scripts/start.mjs", { ...base, NEXT_DIST_DIR: path.join(dir, "no-build") });
    expect(result.code).toBe(1);
    expect(result.output).toContain("Der er ingen build");
    expect(result.output).toContain("npm run build");
    expect(await listening(Number(base.PORT))).toBe(false);
  });

  it("refuses a build older than the sources (it does not build one itself)", async () => {
    const dist = fakeBuild("stale", { builtAt: new Date("2020-01-01T00:00:00Z"), key });
    const result = await run("scripts/start.mjs", { ...base, NEXT_DIST_DIR: dist });
    expect(result.code).toBe(1);
    expect(result.output).toContain("Buildet er ældre end kildekoden");
    expect(fs.readFileSync(path.join(dist, "BUILD_ID"), "utf8")).toBe("test-build");
  });

  it("refuses a build that was stopped before it finished", async () => {
    const dist = fakeBuild("stopped", { builtAt: tomorrow(), key, finished: false });
    const result = await run("scripts/start.mjs", { ...base, NEXT_DIST_DIR: dist });
    expect(result.code).toBe(1);
    expect(result.output).toContain("Buildet blev ikke færdigt");
  });

  it("refuses a current build made with another server-action key", async () => {
    const dist = fakeBuild("other-key", { builtAt: tomorrow(), key: crypto.randomBytes(32).toString("base64") });
    const result = await run("scripts/start.mjs", { ...base, NEXT_DIST_DIR: dist });
    expect(result.code).toBe(1);
    expect(result.output).toContain("Buildet er lavet med en anden NEXT_SERVER_ACTIONS_ENCRYPTION_KEY");
  });

  it("with everything else in place, refuses when the database does not answer", async () => {
    const result = await run("scripts/start.mjs", { ...base, NEXT_DIST_DIR: fakeBuild("current", { builtAt: tomorrow(), key }) });
    expect(result.code).toBe(1);
    expect(result.output).toContain("Databasen svarer ikke");
    expect(await listening(Number(base.PORT))).toBe(false);
  });

  it("names every missing shared setting at once, in Danish and in English", async () => {
    const result = await run("scripts/start.mjs", {
      ...base,
      NEXT_DIST_DIR: fakeBuild("current-2", { builtAt: tomorrow(), key }),
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "",
      REDIS_URL: "",
    });
    expect(result.code).toBe(1);
    for (const words of [
      "DATABASE_URL skal pege på PostgreSQL",
      "REDIS_URL er ikke sat",
      "NEXTAUTH_SECRET er ikke sat",
      "NEXTAUTH_SECRET is not set",
    ]) {
      expect(result.output).toContain(words);
    }
    expect(fs.existsSync(base.AUTH_SECRET_FILE!)).toBe(false); // no secret of this machine only was made
  });

  it("refuses an INSTANCES value it does not know", async () => {
    const result = await run("scripts/start.mjs", { ...base, INSTANCES: "2" });
    expect(result.code).toBe(1);
    expect(result.output).toContain("INSTANCES=2 forstås ikke");
  });

  it("`npm run release` refuses SQLite as one of several instances (REDIS_URL set), and creates no database file", async () => {
    const { INSTANCES: _mode, ...withRedis } = base;
    const result = await run("scripts/release.mjs", { ...withRedis, DATABASE_URL: "" });
    expect(result.code).toBe(1);
    expect(result.output).toContain("kræver PostgreSQL");
    expect(fs.existsSync(base.DATABASE_FILE!)).toBe(false);
  });
});

type Env = Record<string, string | undefined>;

function run(script: string, env: Env): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(process.cwd(), script)],
      { cwd: process.cwd(), env: env as NodeJS.ProcessEnv, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
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

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}
