import fs from "node:fs";

/** Debian's Chromium, or CHROMIUM_PATH. Missing → a failure that says how to install it. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      "Chromium was not found, so the browser tests cannot run. Install it with `sudo apt-get install -y chromium` " +
        "(Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
  }
  return found;
}
