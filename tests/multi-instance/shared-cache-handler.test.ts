import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createResilientRedisHandler } from "@/lib/cache/resilient-redis-handler.mjs";
import { freePort, startRedis, type RedisServer } from "../helpers/redis-server";

type Handler = ReturnType<typeof createResilientRedisHandler>;

/** A cache entry as Next's CacheHandler hands it to a handler (an unstable_cache result). */
const entry = (body: string, tags: string[] = [], lastModified = Date.now()) => ({
  lastModified,
  lifespan: null,
  tags,
  value: { kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate: false },
});
const bodyOf = (value: unknown) => (value as { value: { data: { body: string } } } | null)?.value.data.body ?? null;
const meta = { implicitTags: [] as string[] };

/**
 * The handler behind Next's cacheHandler (lib/cache/resilient-redis-handler.mjs) against a real Redis:
 * two handlers stand for two instances. Redis is killed and started again on the same port, as an outage.
 */
describe("the shared cache handler with Redis up, down and back", () => {
  let redis: RedisServer;
  const handlers: Handler[] = [];
  const logs: string[] = [];
  const open = (url: string, keyPrefix = "test:build-1:") => {
    const h = createResilientRedisHandler({
      url,
      keyPrefix,
      connectTimeoutMs: 2_000,
      callTimeoutMs: 500,
      retryAfterMs: 500,
      log: (l) => logs.push(l),
    }); // localMaxAgeMs: the site's default
    handlers.push(h);
    return h;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    for (const h of handlers.splice(0)) h.close();
    if (!(await redisUp(redis))) await redis.start();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("shares entries and revalidations between two instances, and keeps two builds apart", async () => {
    const [a, b, otherBuild] = [open(redis.url), open(redis.url), open(redis.url, "test:build-2:")];
    await Promise.all([a.connected, b.connected, otherBuild.connected]);
    expect(a.isShared() && b.isShared()).toBe(true);
    await a.handler.set("/grupper/x", entry("fra A", ["_N_T_/grupper/x"]));
    expect(bodyOf(await b.handler.get("/grupper/x", meta))).toBe("fra A");
    expect(await otherBuild.handler.get("/grupper/x", meta)).toBeNull();
    await b.handler.revalidateTag("_N_T_/grupper/x");
    expect(await a.handler.get("/grupper/x", meta)).toBeNull();
  });

  it("starts without Redis: ready at once, and every call answers from memory at once", async () => {
    const port = await freePort(); // nothing listens there
    const started = Date.now();
    const h = open(`redis://127.0.0.1:${port}`);
    await h.connected;
    expect(Date.now() - started).toBeLessThan(30_000); // the point: not minutes
    expect(h.isShared()).toBe(false);
    await h.handler.set("/", entry("lokal"));
    expect(bodyOf(await h.handler.get("/", meta))).toBe("lokal");
  });

  it("without Redis, uses a page from its own memory for at most 30 s: another instance's edits cannot reach it", async () => {
    const h = open(`redis://127.0.0.1:${await freePort()}`); // nothing listens there; localMaxAgeMs is the default, 30 s
    await h.connected;
    expect(h.isShared()).toBe(false);
    await h.handler.set("/grupper/ny", entry("nu"));
    await h.handler.set("/grupper/gammel", entry("for et minut siden", [], Date.now() - 60_000));
    expect(bodyOf(await h.handler.get("/grupper/ny", meta))).toBe("nu");
    expect(await h.handler.get("/grupper/gammel", meta)).toBeNull(); // rendered anew instead
  });

  it("does not wait for a Redis that accepts connections but never answers", async () => {
    const silent = net.createServer((socket) => socket.on("data", () => {}));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const h = open(`redis://127.0.0.1:${(silent.address() as net.AddressInfo).port}`);
      await h.connected;
      expect(h.isShared()).toBe(false);
      await h.handler.set("/", entry("lokal"));
      expect(bodyOf(await h.handler.get("/", meta))).toBe("lokal");
    } finally {
      silent.close();
      for (const h of handlers.splice(0)) h.close();
    }
  });

  it("when only this instance loses Redis, it serves from memory, and clears what its writes made stale before sharing again", async () => {
    const link = await cuttableLink(redis.port); // A reaches Redis through this; B directly
    try {
      const [a, b] = [open(link.url), open(redis.url)];
      await Promise.all([a.connected, b.connected]);
      await b.handler.set("/grupper/y", entry("gammel", ["_N_T_/grupper/y"]));
      expect(bodyOf(await a.handler.get("/grupper/y", meta))).toBe("gammel");

      link.cut();
      await expect.poll(async () => (await a.handler.get("/grupper/y", meta), a.isShared())).toBe(false);
      expect(logs.some((l) => l.includes("Redis is unavailable") || l.includes("did not answer"))).toBe(true);
      await a.handler.set("/grupper/y", entry("lokal på A", ["_N_T_/grupper/y"]));
      expect(bodyOf(await a.handler.get("/grupper/y", meta))).toBe("lokal på A");
      await a.handler.revalidateTag("_N_T_/grupper/y"); // an edit on A: it reaches A's memory only
      expect(await a.handler.get("/grupper/y", meta)).toBeNull();
      expect(bodyOf(await b.handler.get("/grupper/y", meta))).toBe("gammel"); // stale on B meanwhile

      link.restore();
      await expect.poll(async () => (await a.handler.get("/grupper/z", meta), a.isShared())).toBe(true);
      expect(await b.handler.get("/grupper/y", meta)).toBeNull(); // A deleted its build's entries first
      expect(logs.some((l) => l.includes("older entries of this build deleted"))).toBe(true);
    } finally {
      for (const h of handlers.splice(0)) h.close();
      link.close();
    }
  });

  it("leaves a Redis that hangs alone: after a call that timed out, it tries again only once Redis answers a ping", async () => {
    const link = await cuttableLink(redis.port);
    try {
      const a = open(link.url);
      await a.connected;
      expect(a.isShared()).toBe(true);
      link.freeze();
      await a.handler.set("/", entry("lokal")); // times out (callTimeoutMs), then goes to memory
      expect(a.isShared()).toBe(false);
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 300)); // past retryAfterMs: each call may try to recover
        expect(bodyOf(await a.handler.get("/", meta))).toBe("lokal");
        expect(a.isShared()).toBe(false);
      }
      link.restore();
      await expect.poll(async () => (await a.handler.get("/z", meta), a.isShared())).toBe(true);
    } finally {
      for (const h of handlers.splice(0)) h.close();
      link.close();
    }
  });

  it("after Redis itself restarts, both instances share again, and memory from the outage is not used", async () => {
    const [a, b] = [open(redis.url), open(redis.url)];
    await Promise.all([a.connected, b.connected]);
    await redis.stop();
    await a.handler.set("/grupper/y", entry("lokal på A"));
    expect(a.isShared()).toBe(false);
    expect(bodyOf(await a.handler.get("/grupper/y", meta))).toBe("lokal på A");

    await redis.start();
    await expect.poll(async () => (await a.handler.get("/grupper/z", meta), a.isShared()), { timeout: 20_000 }).toBe(true);
    await expect.poll(async () => (await b.handler.get("/grupper/z", meta), b.isShared()), { timeout: 20_000 }).toBe(true);
    expect(await a.handler.get("/grupper/y", meta)).toBeNull(); // Redis is empty and A's memory was emptied
    await a.handler.set("/grupper/y", entry("ny"));
    expect(bodyOf(await b.handler.get("/grupper/y", meta))).toBe("ny");
    await redis.stop(); // another outage: A starts from empty memory, not from the page of the last one
    expect(await a.handler.get("/grupper/y", meta)).toBeNull();
  });
});

async function redisUp(redis: RedisServer) {
  const { ping } = await import("../helpers/redis-server");
  return ping(redis.port);
}

/**
 * A TCP link to Redis that the test can cut (open connections dropped, new ones refused), freeze
 * (connections stay open, nothing passes until restored: a Redis that hangs) and restore.
 */
async function cuttableLink(port: number) {
  let open = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(port, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => {});
      s.on("close", () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    freeze() {
      for (const s of sockets) s.pause();
    },
    restore() {
      open = true;
      for (const s of sockets) s.resume();
    },
    close() {
      this.cut();
      server.close();
    },
  };
}
