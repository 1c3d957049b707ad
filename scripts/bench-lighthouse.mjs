// `npm run bench -- --lighthouse`: Lighthouse (mobile, its default) on every public page of the built
// app, with Debian's Chromium, and the four category scores per page. The goal: performance ≥ 98.
// Lighthouse is not a dependency (it would slow every `npm ci`): it runs through npx, pinned (13.x
// wants Node 22), and npx keeps it in its cache after the first run.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const GOAL_SCORE = 98;
export const LIGHTHOUSE = "lighthouse@12.2.3";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

/** `runs` Lighthouse runs per page (JSON into a temp folder), the median run by performance score; prints the scores and returns the rows. */
export function lighthouseAll(base, pages, runs = 1) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selvhjaelp-lighthouse-"));
  const chrome = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  const rows = [];
  try {
    for (const [i, p] of pages.entries()) {
      const results = [];
      for (let run = 0; run < runs; run++) results.push(lighthouseOnce(path.join(dir, `page-${i}-${run}.json`), base + p.page, chrome));
      results.sort((a, b) => a.performance - b.performance);
      rows.push({ ...p, ...results[Math.floor(results.length / 2)] });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const index = rows.map((r) => r.benchmarkIndex).filter(Boolean);
  console.log(
    `\nLighthouse 12 (mobile, simulated throttling), median of ${runs} run(s) per page; Chromium's benchmarkIndex ${Math.min(...index)}–${Math.max(...index)}\n`,
  );
  const head = ["perf", "a11y", "b.p.", "seo", "LCP ms", "TBT ms", "JS KiB", "unused", "requests", "errors"];
  console.log("page".padEnd(36), ...head.map((h) => h.padStart(8)));
  for (const r of rows) {
    const cells = [r.performance, r.accessibility, r.bestPractices, r.seo, r.lcpMs, r.tbtMs, r.jsKiB, r.unusedJsKiB, r.requests, r.consoleErrors];
    console.log(r.label.padEnd(36), ...cells.map((c) => String(c).padStart(8)), r.performance >= GOAL_SCORE ? "ok" : `below ${GOAL_SCORE}`);
  }
  return rows;
}

/** One Lighthouse run of one address: the scores and the numbers behind them. */
function lighthouseOnce(out, url, chrome) {
  execFileSync(
    npx,
    ["--yes", LIGHTHOUSE, url, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS}`, "--max-wait-for-load=30000"],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const report = JSON.parse(fs.readFileSync(out, "utf8"));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audit("largest-contentful-paint") ?? 0),
    tbtMs: Math.round(audit("total-blocking-time") ?? 0),
    jsKiB: Math.round((report.audits["resource-summary"]?.details?.items?.find((x) => x.resourceType === "script")?.transferSize ?? 0) / 1024),
    requests: report.audits["network-requests"]?.details?.items?.length ?? 0,
    unusedJsKiB: Math.round((report.audits["unused-javascript"]?.details?.overallSavingsBytes ?? 0) / 1024),
    consoleErrors: report.audits["errors-in-console"]?.details?.items?.length ?? 0,
    benchmarkIndex: report.environment?.benchmarkIndex,
  };
}
