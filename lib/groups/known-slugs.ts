import "server-only";
import { listGroupSlugs } from "./catalogue";

/** How long the list of slugs is used before it is read again. */
export const KNOWN_SLUGS_TTL_MS = 60_000;
/** A slug not in the list reads the list again when it is older than this (never once per random request). */
export const MISS_REFRESH_MS = 5_000;

type Store = {
  slugs: Set<string>;
  loadedAt: number;
  /** Raised by forgetKnownGroupSlugs(); the list is current when it was read at this version. */
  version: number;
  loadedVersion: number;
  loading: Promise<void> | null;
};

// On globalThis: the proxy and the pages/actions are separate module graphs in one process, and a
// group created here must be marked for the proxy's copy (forgetKnownGroupSlugs below).
const key = Symbol.for("selvhjaelp.knownGroupSlugs");
const holder = globalThis as unknown as { [key]?: Store };
const store = (): Store => (holder[key] ??= { slugs: new Set(), loadedAt: 0, version: 1, loadedVersion: 0, loading: null });

/** One read for all requests that need it at the same moment. */
function refresh(s: Store, now: number): Promise<void> {
  if (!s.loading) {
    const version = s.version;
    s.loading = listGroupSlugs()
      .then((slugs) => {
        s.slugs = new Set(slugs);
        s.loadedAt = now;
        s.loadedVersion = version;
      })
      .finally(() => {
        s.loading = null;
      });
  }
  return s.loading;
}

/**
 * Whether a group with this slug exists, from a list of all slugs kept in this process. The list is
 * read again after KNOWN_SLUGS_TTL_MS, at once after forgetKnownGroupSlugs() (a group created on this
 * instance), and on a miss when it is MISS_REFRESH_MS old (a group created by another process or
 * instance is found within that time).
 */
export async function isKnownGroupSlug(slug: string, now = Date.now()): Promise<boolean> {
  const s = store();
  // A read that began before the last forget may miss that change: then read once more.
  while (s.loadedVersion !== s.version || now - s.loadedAt >= KNOWN_SLUGS_TTL_MS) await refresh(s, now);
  if (s.slugs.has(slug)) return true;
  if (now - s.loadedAt < MISS_REFRESH_MS) return false;
  await refresh(s, now);
  return s.slugs.has(slug);
}

/** Marks the list out of date: called after every committed write that changes a group. */
export function forgetKnownGroupSlugs(): void {
  store().version += 1;
}
