// The shared Next cache in Redis that never holds a request up for long: one handler for
// @fortedigital/nextjs-cache-handler that uses Redis while it answers and this process's own
// in-memory LRU while it does not. Plain JavaScript: Next loads the cache handler itself, at run time.
//
// - Start: connects with a short timeout (connectTimeoutMs); until Redis answers, the LRU serves.
// - Redis stops or the connection drops: the client is no longer ready, so every call goes to the LRU at
//   once (no offline queue, no waiting). A call that does not answer within callTimeoutMs counts the same.
//   The client reconnects by itself (backoff up to 5 s).
// - Without Redis, a page kept in the LRU is used for at most localMaxAgeMs: another instance's writes
//   cannot reach this LRU, so that is how stale a page can be here during an outage.
// - Redis is back: when a revalidation made here reached only the LRU, this key prefix's entries are
//   deleted first (Redis may hold pages older than that write); the LRU is emptied either way, so the next
//   outage starts without old pages.
// Logs say only that the shared cache went away or came back, never keys or values.
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

/**
 * @param {{ url: string, keyPrefix: string, connectTimeoutMs?: number, callTimeoutMs?: number,
 *   retryAfterMs?: number, localMaxAgeMs?: number, log?: (line: string) => void }} options
 */
export function createResilientRedisHandler({
  url,
  keyPrefix,
  connectTimeoutMs = 3_000,
  callTimeoutMs = 1_500,
  retryAfterMs = 5_000,
  localMaxAgeMs = 30_000,
  log = console.warn,
}) {
  const local = () => boundedAge(createLruHandler(), localMaxAgeMs);
  let lru = local();
  /** Calls go to Redis (it answered, and was cleared if that was needed). */
  let shared = false;
  /** A revalidation or delete went to the LRU only: Redis may hold entries it should have removed. */
  let missedInvalidation = false;
  /** After a call that failed on a ready client: when to try Redis again. */
  let retryAt = 0;
  /** @type {Promise<void> | null} */
  let recovering = null;

  const client = createClient({
    url,
    disableOfflineQueue: true,
    pingInterval: 5_000,
    socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
  });
  // Without a listener an "error" event would end the process; each reconnect attempt emits one.
  client.on("error", () => {});
  client.on("ready", () => void recover());
  client.on("reconnecting", () => goLocal("the connection was lost"));
  const redis = createRedisHandler({ client, keyPrefix, timeoutMs: callTimeoutMs });

  function goLocal(reason) {
    if (shared) log(`[cache] Redis is unavailable (${reason}): this instance uses its own in-memory cache until it is back.`);
    shared = false;
  }

  function recover() {
    if (recovering || (shared && !missedInvalidation) || !client.isReady) return recovering;
    recovering = (async () => {
      try {
        // Ready is not enough: a Redis that hangs keeps its connection open and answers nothing.
        await withDeadline(client.ping(), callTimeoutMs);
        let deleted = 0;
        // An invalidation that arrives while the prefix is being cleared goes to the LRU: clear again.
        for (let round = 0; missedInvalidation; round++) {
          if (round === 3) throw new Error("invalidations keep arriving");
          missedInvalidation = false;
          deleted += await withDeadline(clearPrefix(), callTimeoutMs * 4);
        }
        lru = local();
        const wasLocal = !shared;
        shared = true;
        retryAt = 0;
        if (wasLocal)
          log(`[cache] Redis answers: the shared cache is used${deleted ? ` (${deleted} older entries of this build deleted first)` : ""}.`);
      } catch {
        missedInvalidation = true;
        retryAt = Date.now() + retryAfterMs;
      }
    })().finally(() => {
      // After the assignment below, even when the work above finished without waiting.
      recovering = null;
    });
    return recovering;
  }

  async function clearPrefix() {
    let cursor = "0";
    let deleted = 0;
    const match = `${keyPrefix.replace(/[*?[\]\\]/g, "\\$&")}*`;
    do {
      const reply = await client.scan(cursor, { MATCH: match, COUNT: 500 });
      cursor = String(reply.cursor);
      if (reply.keys.length > 0) deleted += Number(await client.unlink(reply.keys));
    } while (cursor !== "0");
    return deleted;
  }

  /** Whether this call may go to Redis; otherwise it goes to the LRU. */
  function sharedNow() {
    if (!shared && client.isReady && Date.now() >= retryAt) void recover();
    return shared && client.isReady;
  }

  /** Runs `call` on Redis, or on the LRU when Redis is not in use or does not answer in time. */
  async function route(call, invalidates = false) {
    if (sharedNow()) {
      try {
        return await withDeadline(call(redis), callTimeoutMs);
      } catch {
        // Not answered in time, or refused: this call is served locally, and Redis gets a rest.
        if (shared) log("[cache] Redis did not answer in time: this instance uses its own in-memory cache for now.");
        shared = false;
        retryAt = Date.now() + retryAfterMs;
      }
    }
    if (invalidates) missedInvalidation = true;
    return call(lru);
  }

  /** @type {import("@fortedigital/nextjs-cache-handler").Handler} */
  const handler = {
    name: "redis-with-local-fallback",
    get: (key, meta) => route((h) => h.get(key, meta)),
    set: (key, value, ctx) => route((h) => h.set(key, value, ctx)),
    revalidateTag: (tag) => route((h) => h.revalidateTag(tag), true),
    delete: (key) => route((h) => h.delete?.(key), true),
  };

  // The client keeps retrying in the background. The caller waits for the first answer, the first
  // refusal or the connect timeout, whichever comes first.
  const firstAttempt = Promise.race([withDeadline(client.connect(), connectTimeoutMs), new Promise((resolve) => client.once("error", resolve))]);
  const connected = firstAttempt
    .catch(() => {})
    .then(() => {
      if (client.isReady) return recover();
      log("[cache] Redis does not answer: this instance uses its own in-memory cache until it does.");
    });
  // The connection never keeps a process alive on its own account.
  client.unref();

  return {
    handler,
    /** Resolves (never rejects) once Redis answered or connectTimeoutMs passed. */
    connected,
    /** Whether calls go to Redis now. */
    isShared: () => shared && client.isReady,
    close: () => client.destroy(),
  };
}

/** The LRU handler, with entries older than `maxAgeMs` treated as missing. */
function boundedAge(lru, maxAgeMs) {
  return {
    ...lru,
    async get(key, meta) {
      const value = await lru.get(key, meta);
      return value && Date.now() - value.lastModified > maxAgeMs ? null : value;
    },
  };
}

/** `promise`, or a rejection after `ms`. */
function withDeadline(promise, ms) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
