// What Next keeps of rendered pages on disk in a build folder (distDir): server/app (prerendered at
// build time), server/route-cache (ISR pages rendered at run time, Next 16) and cache/ (fetch and image
// caches; not Turbopack's build cache). Used by the review probes and the browser tests to show that a
// request wrote nothing there.
import fs from "node:fs";
import path from "node:path";

const FOLDERS = [path.join("server", "app"), path.join("server", "route-cache"), "cache"];
const SKIP = new Set([path.join("cache", "turbopack")]);

/** Every file under the page-cache folders of `distDir`, relative path → size in bytes, with the totals. */
export function pageCacheFootprint(distDir) {
  const files = new Map();
  const walk = (rel) => {
    if (SKIP.has(rel)) return;
    const abs = path.join(distDir, rel);
    let entries;
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch {
      return; // not there (yet)
    }
    for (const e of entries) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) files.set(child, fs.statSync(path.join(distDir, child)).size);
    }
  };
  for (const folder of FOLDERS) walk(folder);
  let bytes = 0;
  for (const size of files.values()) bytes += size;
  return { files, count: files.size, bytes };
}

/** The files that are in `after` but not in `before` (relative paths). */
export function addedFiles(before, after) {
  return [...after.files.keys()].filter((f) => !before.files.has(f));
}
