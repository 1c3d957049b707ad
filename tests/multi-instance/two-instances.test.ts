import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildActionKey } from "../../scripts/build-state.mjs";
import { migratePostgres } from "../../scripts/migrate.mjs";
import { launchBrowser, UI_TIMEOUT } from "../helpers/browser";
import { admin, databaseUrl } from "../helpers/global-db-postgres";
import { freePort, startRedis, type RedisServer } from "../helpers/redis-server";
import { runScript, startInstance, type SiteInstance } from "../helpers/site-instance";

const root = process.cwd();
const DIST_DIR = ".next-multi";
const server = process.env.TEST_POSTGRES_URL!;
const suffix = crypto.randomBytes(3).toString("hex");
const database = `selvhjaelp_multi_${suffix}`;
const emptyDatabase = `selvhjaelp_multi_empty_${suffix}`;
const adminEmail = "admin@multi.test";
const adminPassword = `multi-${suffix}-Kode`;

/**
 * Two instances of ONE build (`next build` once, into .next-multi) behind no balancer, on one PostgreSQL
 * and one throwaway Redis, each started with `node scripts/start.mjs` as docs/deploy.md says, after one
 * `npm run release`. A write through A must show on B's next request; a session made on A must work on
 * B; with Redis gone the pages still answer, and once it is back the instances share again.
 */
describe("several instances on one PostgreSQL and one Redis", () => {
  let redis: RedisServer;
  let env: NodeJS.ProcessEnv;
  let a: SiteInstance;
  let b: SiteInstance;
  const extra: SiteInstance[] = [];
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let groupId = "";
  let slug = "";
  /** Job runs recorded before the instances started: by `npm run release` and `next build`. */
  let jobRowsBeforeStart = -1;

  beforeAll(async () => {
    redis = await startRedis();
    await admin(server, async (c) => {
      await c.query(`CREATE DATABASE "${database}"`);
      await c.query(`CREATE DATABASE "${emptyDatabase}"`);
    });
    const [portA, portB] = [await freePort(), await freePort()];
    env = {
      ...process.env,
      INSTANCES: "multi",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl(server, database),
      DATABASE_FILE: "",
      REDIS_URL: redis.url,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
      // The address a load balancer would have; here instance A's.
      NEXTAUTH_URL: `http://127.0.0.1:${portA}`,
      SITE_URL: `http://127.0.0.1:${portA}`,
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
      SEED_DEMO_DATA: "1",
      SMTP_URL: "",
      TRUST_PROXY: "1",
      AUTH_SECRET_FILE: path.join(os.tmpdir(), `selvhjaelp-multi-unused-${suffix}`),
    };
    const release = await runScript("scripts/release.mjs", env, 300_000);
    expect(release.output).toContain("Databasen er klar");
    expect(release.code).toBe(0);
    // One build for every instance, made with the shared server-action key. MULTI_REUSE_BUILD=1 (quick
    // local reruns only) takes the build that is there, and its key.
    const reuse = process.env.MULTI_REUSE_BUILD === "1" && fs.existsSync(path.join(root, DIST_DIR, "BUILD_ID"));
    if (reuse) env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = buildActionKey(path.join(root, DIST_DIR));
    else {
      try {
        execFileSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
      } catch (error) {
        // Next prints why a build failed (a type error, say) on stdout.
        throw new Error(`next build failed: ${String((error as { stdout?: Buffer }).stdout ?? "").slice(-3_000)}`);
      }
    }
    jobRowsBeforeStart = await admin(env.DATABASE_URL!, async (c) => {
      const runs = await c.query(`SELECT COUNT(*)::int AS n FROM "JobRun"`);
      const leases = await c.query(`SELECT COUNT(*)::int AS n FROM "JobLease"`);
      return runs.rows[0].n + leases.rows[0].n;
    });
    [a, b] = await Promise.all([startInstance(env, portA), startInstance(env, portB)]);
    browser = await launchBrowser();
    context = await browser.newContext({ locale: "da-DK" });
    page = await context.newPage();
  }, 15 * 60_000);

  afterAll(async () => {
    await browser?.close();
    for (const instance of [a, b, ...extra]) await instance?.stop();
    await redis?.stop();
    await admin(server, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await c.query(`DROP DATABASE IF EXISTS "${emptyDatabase}" WITH (FORCE)`);
    });
    fs.rmSync(env?.AUTH_SECRET_FILE ?? "", { force: true });
  }, 60_000);

  const text = async (instance: SiteInstance, pathname: string) => {
    const res = await fetch(`${instance.url}${pathname}`);
    return { status: res.status, body: await res.text() };
  };
  /** Whether the group's public page on this instance shows `words` (a boolean: a failure prints no whole page). */
  const shows = async (instance: SiteInstance, words: string) => (await text(instance, `/grupper/${slug}`)).body.includes(words);

  it("a group created on A opens on B at once, and a session made on A works on B (an /admin page loads)", async () => {
    await page.goto(`${a.url}/login`);
    await page.getByLabel("Email").fill(adminEmail);
    await page.getByLabel("Adgangskode").fill(adminPassword);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: UI_TIMEOUT });

    // B has read its list of group slugs moments before the group exists (the lookup of a missed slug
    // finds it; tests/integration/groups-known-slugs.test.ts pins that down without timing).
    expect((await text(b, "/grupper/findes-ikke-endnu")).status).toBe(404);
    const name = `Flere maskiner ${suffix}`;
    await page.goto(`${a.url}/admin/grupper/ny`);
    await page.getByLabel("Navn").fill(name);
    await page.getByLabel("Emne").selectOption({ index: 1 });
    await page.getByLabel("Beskrivelse").fill("Oprettet på instans A.");
    await page.getByLabel("Sted").fill("Fredensgade 14, 7400 Herning");
    await page.getByLabel("Antal pladser").fill("8");
    await page.getByRole("button", { name: "Opret gruppe" }).click();
    await page.waitForURL((url) => /^\/admin\/grupper\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/ny"), { timeout: UI_TIMEOUT });
    groupId = new URL(page.url()).pathname.split("/").pop()!;
    slug = `flere-maskiner-${suffix}`;

    expect((await text(b, `/grupper/${slug}`)).status).toBe(200);
    expect(await shows(b, name)).toBe(true);

    // The same browser (its cookie from A) on B: the admin area opens, not the login page.
    await page.goto(`${b.url}/admin/grupper/${groupId}`);
    expect(new URL(page.url()).pathname).toBe(`/admin/grupper/${groupId}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(name);
  });

  it("an edit of a group's public text saved on A shows on B's next request, though B had the page cached", async () => {
    expect(await shows(b, "Oprettet på instans A.")).toBe(true);
    expect(await shows(b, "Oprettet på instans A.")).toBe(true); // served from the shared cache
    await editDescription(a, "Rettet på instans A.");
    const onB = (await text(b, `/grupper/${slug}`)).body;
    expect(onB.includes("Rettet på instans A.")).toBe(true);
    expect(onB.includes("Oprettet på instans A.")).toBe(false);
  });

  it("the release and the build ran no automatic job; the two instances run each due job once between them", async () => {
    expect(jobRowsBeforeStart).toBe(0);
    // Both runners take their first look a few seconds after start (lib/jobs/runner.ts); every job has
    // never run, so every job is due on both. The lease and the re-read under it let one run happen.
    const runs = () =>
      admin(env.DATABASE_URL!, async (c) => {
        const { rows } = await c.query<{ job: string; trigger: string; startedAt: Date; finishedAt: Date | null; outcome: string | null }>(
          `SELECT "job", "trigger", "startedAt", "finishedAt", "outcome" FROM "JobRun" ORDER BY "startedAt", "id"`,
        );
        return rows;
      });
    await expect.poll(async () => new Set((await runs()).filter((r) => r.finishedAt).map((r) => r.job)).size, { timeout: 60_000 }).toBe(5);
    const all = await runs();
    for (const job of ["renewal-reminders", "expire-memberships", "retention-purge", "attendance-reminders"]) {
      expect(all.filter((r) => r.job === job).map((r) => `${r.trigger} ${r.outcome}`)).toEqual(["SCHEDULE OK"]);
    }
    // The every-minute job may have run more than once by now, but never two runs at a time.
    const delivery = all.filter((r) => r.job === "email-delivery" && r.finishedAt);
    for (let i = 1; i < delivery.length; i++) expect(delivery[i].startedAt >= delivery[i - 1].finishedAt!).toBe(true);
  });

  it("with Redis stopped, both instances still answer public pages and take a write; a new instance starts too", async () => {
    await redis.stop();
    for (const instance of [a, b]) {
      const started = Date.now();
      const res = await text(instance, `/grupper/${slug}`);
      console.log(`[measured] ${instance === a ? "A" : "B"} answered /grupper/<slug> ${Date.now() - started} ms after Redis was stopped`);
      expect(res.status).toBe(200);
      expect((await text(instance, "/grupper")).status).toBe(200);
    }
    await editDescription(a, "Rettet, mens Redis var væk.");
    expect(await shows(a, "Rettet, mens Redis var væk.")).toBe(true);

    const started = Date.now();
    const c = await startInstance(env, await freePort());
    extra.push(c);
    const res = await text(c, "/grupper");
    console.log(`[measured] an instance started without Redis answered its first page ${Date.now() - started} ms after its start`);
    expect(res.status).toBe(200);
  });

  it("once Redis is back, the instances share the cache again: a write on A shows on B's next request", async () => {
    await redis.start();
    // The instances reconnect by themselves (backoff up to 5 s); until then each serves from its own memory.
    await expect.poll(() => shows(b, "Rettet, mens Redis var væk."), { timeout: 30_000 }).toBe(true);
    // A page is written to Redis when an instance renders it: ask both until one of them has.
    const requestedThenCounted = async () => {
      await Promise.all([text(a, `/grupper/${slug}`), text(b, "/grupper")]);
      return redisKeyCount(redis.port);
    };
    await expect.poll(requestedThenCounted, { timeout: 30_000 }).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 6_000)); // past the longest reconnect backoff
    expect((await text(b, `/grupper/${slug}`)).status).toBe(200);
    await editDescription(a, "Rettet, efter at Redis kom igen.");
    expect(await shows(b, "Rettet, efter at Redis kom igen.")).toBe(true);
  });

  it("refuses to start as one of several instances without NEXTAUTH_SECRET (a secret file does not count) or the server-action key", async () => {
    fs.writeFileSync(env.AUTH_SECRET_FILE!, "a-secret-of-this-machine-only", { mode: 0o600 });
    const port = String(await freePort());
    const withoutSecret = await runScript("scripts/start.mjs", { ...env, PORT: port, NEXTAUTH_SECRET: "" });
    expect(withoutSecret.code).not.toBe(0);
    expect(withoutSecret.output).toContain("NEXTAUTH_SECRET er ikke sat");
    expect(withoutSecret.output).toContain("NEXTAUTH_SECRET is not set");

    const withoutKey = await runScript("scripts/start.mjs", { ...env, PORT: port, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "" });
    expect(withoutKey.code).not.toBe(0);
    expect(withoutKey.output).toContain("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY er ikke sat");

    const otherKey = await runScript("scripts/start.mjs", {
      ...env,
      PORT: port,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    });
    expect(otherKey.code).not.toBe(0);
    expect(otherKey.output).toContain("Buildet er lavet med en anden NEXT_SERVER_ACTIONS_ENCRYPTION_KEY");

    const noRedis = await runScript("scripts/start.mjs", { ...env, PORT: port, REDIS_URL: "" });
    expect(noRedis.code).not.toBe(0);
    expect(noRedis.output).toContain("REDIS_URL er ikke sat");
    // None of them served anything.
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it("refuses to start on a database without this version's migrations, and migrates nothing itself", async () => {
    const url = databaseUrl(server, emptyDatabase);
    const refused = await runScript("scripts/start.mjs", { ...env, PORT: String(await freePort()), DATABASE_URL: url });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain("npm run release");
    const tables = await admin(url, (c) => c.query(`SELECT COUNT(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`));
    expect(tables.rows[0].n).toBe(0);
  });

  it("refuses a database that lacks only this version's newest migration, or where it failed", async () => {
    const url = databaseUrl(server, emptyDatabase);
    await migratePostgres({ url, analyze: false });
    const migrations = (sql: string, params: unknown[] = []) => admin(url, (c) => c.query(sql, params));
    const newest = (await migrations(`SELECT "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`)).rows[0]
      .migration_name as string;
    await migrations(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = $1`, [newest]);
    const port = String(await freePort());
    const lacking = await runScript("scripts/start.mjs", { ...env, PORT: port, DATABASE_URL: url });
    expect(lacking.code).not.toBe(0);
    expect(lacking.output).toContain(`mangler 1 af`);
    expect(lacking.output).toContain(newest);

    // Started and never finished: the row a failed migration leaves behind.
    await migrations(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at") VALUES ($1, 'x', $2, now())`, [
      crypto.randomUUID(),
      newest,
    ]);
    const failed = await runScript("scripts/start.mjs", { ...env, PORT: port, DATABASE_URL: url });
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain(newest);
    const finished = await migrations(
      `SELECT COUNT(*)::int AS n FROM "_prisma_migrations" WHERE "migration_name" = $1 AND "finished_at" IS NOT NULL`,
      [newest],
    );
    expect(finished.rows[0].n).toBe(0);
  });

  async function editDescription(instance: SiteInstance, description: string) {
    await page.goto(`${instance.url}/admin/grupper/${groupId}/rediger`);
    await page.getByLabel("Beskrivelse").fill(description);
    await page.getByRole("button", { name: "Gem ændringer" }).click();
    await page.waitForURL((url) => url.pathname === `/admin/grupper/${groupId}`, { timeout: UI_TIMEOUT });
  }
});

/** How many keys this Redis holds (the instances write their pages there once they use it again). */
async function redisKeyCount(port: number): Promise<number> {
  const { createClient } = await import("redis");
  const client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
  await client.connect();
  try {
    return await client.dbSize();
  } finally {
    client.destroy();
  }
}
