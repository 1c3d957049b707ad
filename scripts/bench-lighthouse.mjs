// `npm run bench -- --lighthouse`: Lighthouse (mobile, its default) on every public page of the built
// app, with Debian's Chromium, and the four category scores per page. The goal: performance ≥ 98.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const GOAL_SCORE = 98;

const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync";

/** One Lighthouse run per page (JSON into a temp folder); prints the scores and returns the rows. */
export function lighthouseAll(root, base, pages) {
  const bin = path.join(root, "node_modules", ".bin", "lighthouse");
  if (!fs.existsSync(bin)) throw new Error("lighthouse is not installed: npm i -E -D lighthouse@12.2.3");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-lighthouse-"));
  const chrome = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  const rows = [];
  try {
    for (const [i, p] of pages.entries()) {
      const out = path.join(dir, `page-${i}.json`);
      execFileSync(
        bin,
        [base + p.page, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS}`, "--max-wait-for-load=30000"],
        { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "inherit"] },
      );
      const report = JSON.parse(fs.readFileSync(out, "utf8"));
      const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
      const audit = (id) => report.audits[id]?.numericValue;
      rows.push({
        ...p,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: Math.round(audit("largest-contentful-paint") ?? 0),
        tbtMs: Math.round(audit("total-blocking-time") ?? 0),
        jsKiB: Math.round(
          (report.audits["resource-summary"]?.details?.items?.find((x) => x.resourceType === "script")?.transferSize ?? 0) / 1024,
        ),
        requests: report.audits["network-requests"]?.details?.items?.length ?? 0,
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log("\nLighthouse 12 (mobile, simulated throttling)\n");
  console.log("page".padEnd(36), "perf".padStart(5), "a11y".padStart(5), "b.p.".padStart(5), "seo".padStart(5), "LCP ms".padStart(7), "TBT ms".padStart(7), "JS KiB".padStart(7), "requests".padStart(9), "");
  for (const r of rows) {
    console.log(
      r.label.padEnd(36),
      String(r.performance).padStart(5),
      String(r.accessibility).padStart(5),
      String(r.bestPractices).padStart(5),
      String(r.seo).padStart(5),
      String(r.lcpMs).padStart(7),
      String(r.tbtMs).padStart(7),
      String(r.jsKiB).padStart(7),
      String(r.requests).padStart(9),
      r.performance >= GOAL_SCORE ? "ok" : `below ${GOAL_SCORE}`,
    );
  }
  return rows;
}
