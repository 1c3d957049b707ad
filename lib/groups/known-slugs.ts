import "server-only";
import { groupSlugExists, listGroupSlugs } from "./catalogue";

/** How long the list of slugs is used before it is read again (it also drops deleted or renamed groups then). */
export const KNOWN_SLUGS_TTL_MS = 60_000;
/** A slug the list does not have is looked up on its own at most this often, per slug. */
export const SLUG_RECHECK_MS = 1_000;
/** How many recently missed slugs are remembered; past that the oldest is forgotten (random probes cannot grow it). */
export const MAX_REMEMBERED_MISSES = 5_000;

type Miss = { checkedAt: number; lookup: Promise<boolean> | null };

type Store = {
  slugs: Set<string>;
  loadedAt: number;
  /** Raised by forgetKnownGroupSlugs(); the list is current when it was read at this version. */
  version: number;
  loadedVersion: number;
  loading: Promise<void> | null;
  /** Slugs recently looked up and not found, oldest first. */
  misses: Map<string, Miss>;
};

// On globalThis: the proxy and the pages/actions are separate module graphs in one process, and a
// group created here must be marked for the proxy's copy (forgetKnownGroupSlugs below).
const key = Symbol.for("selvhjaelp.knownGroupSlugs");
const holder = globalThis as unknown as { [key]?: Store };
const store = (): Store => (holder[key] ??= { slugs: new Set(), loadedAt: 0, version: 1, loadedVersion: 0, loading: null, misses: new Map() });

/** One read for all requests that need it at the same moment. */
function refresh(s: Store, now: number): Promise<void> {
  if (!s.loading) {
    const version = s.version;
    s.loading = listGroupSlugs()
      .then((slugs) => {
        s.slugs = new Set(slugs);
        s.loadedAt = now;
        s.loadedVersion = version;
        s.misses.clear();
      })
      .finally(() => {
        s.loading = null;
      });
  }
  return s.loading;
}

/**
 * Whether a group with this slug exists, from a list of all slugs kept in this process. The list is
 * read again after KNOWN_SLUGS_TTL_MS and at once after forgetKnownGroupSlugs() (a group created on
 * this instance). A slug the list does not have is looked up in the database on its own — at most once
 * per SLUG_RECHECK_MS for the same slug, one lookup for simultaneous requests — so a group another
 * instance (or a script) just created opens here on the next request, while repeated requests for an
 * unknown slug cost no more than one indexed read a second.
 */
export async function isKnownGroupSlug(slug: string, now = Date.now()): Promise<boolean> {
  const s = store();
  // A read that began before the last forget may miss that change: then read once more.
  while (s.loadedVersion !== s.version || now - s.loadedAt >= KNOWN_SLUGS_TTL_MS) await refresh(s, now);
  if (s.slugs.has(slug)) return true;
  const miss = s.misses.get(slug);
  if (miss && (miss.lookup || now - miss.checkedAt < SLUG_RECHECK_MS)) return miss.lookup ?? false;
  return lookUp(s, slug, now);
}

function lookUp(s: Store, slug: string, now: number): Promise<boolean> {
  const entry: Miss = { checkedAt: now, lookup: null };
  entry.lookup = groupSlugExists(slug)
    .then((exists) => {
      if (exists) {
        s.slugs.add(slug);
        s.misses.delete(slug);
      }
      return exists;
    })
    .catch((error: unknown) => {
      s.misses.delete(slug); // the next request asks again
      throw error;
    })
    .finally(() => {
      entry.lookup = null;
    });
  // Re-inserted at the end: the map stays in order of the last lookup, so the oldest goes first.
  s.misses.delete(slug);
  s.misses.set(slug, entry);
  if (s.misses.size > MAX_REMEMBERED_MISSES) s.misses.delete(s.misses.keys().next().value!);
  return entry.lookup;
}

/** Marks the list out of date: called after every committed write that changes a group. */
export function forgetKnownGroupSlugs(): void {
  store().version += 1;
}
