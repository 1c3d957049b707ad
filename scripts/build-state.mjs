// Whether the build in the dist folder (NEXT_DIST_DIR, default .next) is there and current.
// `npm start` on one machine builds when it is not; an instance of several refuses instead (it serves
// the one build made for all of them, with their shared server-action key).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** What the build is made from: newer than its BUILD_ID means the build is out of date. */
export const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.mjs",
  "security-headers.mjs",
  "package-lock.json",
  "proxy.ts",
  "instrumentation.ts",
];

export function distDir(env = process.env) {
  return path.resolve(root, env.NEXT_DIST_DIR || ".next");
}

/**
 * "missing", "incomplete" (a build stopped before it finished), "stale" (a source is newer) or "current".
 * `next build` writes BUILD_ID before it prerenders and export-marker.json among its last steps: a
 * build stopped in between (Ctrl-C, a restart) has the first without the second, and `next start` on it
 * says it is ready and then ends on the first request (a missing manifest).
 */
export function buildState(dir = distDir()) {
  const buildId = path.join(dir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return "missing";
  const builtAt = fs.statSync(buildId).mtimeMs;
  const marker = path.join(dir, "export-marker.json");
  if (!fs.existsSync(marker) || fs.statSync(marker).mtimeMs < builtAt) return "incomplete";
  return BUILD_SOURCES.some((s) => newestMtime(path.join(root, s)) > builtAt) ? "stale" : "current";
}

/**
 * The server-action key the build was made with (Next writes it into the build's manifest), or null
 * when the manifest is not there.
 */
export function buildActionKey(dir = distDir()) {
  const manifest = path.join(dir, "server", "server-reference-manifest.json");
  if (!fs.existsSync(manifest)) return null;
  return JSON.parse(fs.readFileSync(manifest, "utf8")).encryptionKey ?? null;
}

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}
