// Reads `.env` and `.env.local` from the project folder into process.env before the scripts read it,
// so `npm start` and `npm run dev` honour the files .env.example describes. The real environment wins
// over both files, and `.env.local` wins over `.env`. (process.loadEnvFile needs Node 20.12; the
// project supports 20.9, hence this small parser of the same format.)
import fs from "node:fs";
import path from "node:path";

export const ENV_FILES = [".env", ".env.local"];

/**
 * Loads the files into `target` (process.env by default); returns the names it set.
 * @param {string} dir
 * @param {Record<string, string | undefined>} [target]
 * @returns {string[]}
 */
export function loadEnvFiles(dir, target = process.env) {
  /** @type {Record<string, string>} */
  const fromFiles = {};
  for (const name of ENV_FILES) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) Object.assign(fromFiles, parseEnv(fs.readFileSync(file, "utf8")));
  }
  const set = [];
  for (const [key, value] of Object.entries(fromFiles)) {
    if (Object.hasOwn(target, key)) continue;
    target[key] = value;
    set.push(key);
  }
  return set;
}

/** KEY=value lines; `#` comments (inline after a space); optional `export `; single, double (with \n) or no quotes. */
/** @param {string} text @returns {Record<string, string>} */
export function parseEnv(text) {
  /** @type {Record<string, string>} */
  const out = {};
  const line = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*("(?:\\.|[^"\\])*"|'[^']*'|[^\r\n]*?)(?:\s+#[^\r\n]*)?\s*$/;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(raw)) continue;
    const match = raw.match(line);
    if (!match) continue;
    const [, key, rawValue] = match;
    let value = rawValue;
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      value = value
        .slice(1, -1)
        .replace(/\\n/g, "\n")
        .replace(/\\(["\\])/g, "$1");
    } else if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) {
      value = value.slice(1, -1);
    }
    out[key] = value;
  }
  return out;
}
