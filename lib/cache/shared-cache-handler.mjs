// Next's cacheHandler when REDIS_URL is set (next.config.mjs): ISR pages, route handlers,
// unstable_cache and fetch entries live in Redis, shared by every instance of the site, so a page
// revalidated on one instance is fresh on all of them on the next request. Built on
// @fortedigital/nextjs-cache-handler (maintained, supports Next 16), with resilient-redis-handler.mjs
// around it so that a Redis that is down or goes away never holds a request up for long.
//
// Keys start with REDIS_KEY_PREFIX (default "selvhjaelp:") and the build's id: two builds (a new release
// beside an old one, or two sites on one Redis) never read each other's pages. Entries expire after
// at most 1.5 days (defaultStaleAge below), so an old build's keys disappear by themselves.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { createResilientRedisHandler } from "./resilient-redis-handler.mjs";

const ONE_DAY_SECONDS = 24 * 60 * 60;
const key = Symbol.for("selvhjaelp.sharedCacheHandler");

CacheHandler.onCreation(async ({ buildId }) => {
  const ttl = { defaultStaleAge: ONE_DAY_SECONDS };
  // `next build` prerenders with a cache of its own: nothing of a build in progress goes to Redis.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [createLruHandler()], ttl };
  const holder = /** @type {Record<symbol, ReturnType<typeof createResilientRedisHandler>>} */ (globalThis);
  holder[key] ??= createResilientRedisHandler({
    url: process.env.REDIS_URL,
    keyPrefix: `${process.env.REDIS_KEY_PREFIX || "selvhjaelp:"}${(buildId || "no-build").trim()}:`,
  });
  await holder[key].connected;
  return { handlers: [holder[key].handler], ttl };
});

export default CacheHandler;
