// The side-by-side load of `npm run bench`: each public page against a static file of the same size
// served by the same server from public/, in interleaved rounds (static, page, static, page …), so a
// busy machine slows both alike. The goal: every public page at ≥ 50 % of its static file's req/s.
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

/** Where the static twins live while the bench runs (git-ignored; removed afterwards). */
export const STATIC_DIR = path.join("public", "bench-tmp");
export const GOAL_PERCENT = 50;

/** The public pages measured: what the bar applies to, plus the free-text search (rendered per request by design). */
export function publicPages(groupSlug) {
  return [
    { page: "/" },
    { page: "/hvad-er-en-selvhjaelpsgruppe" },
    { page: "/grupper" },
    { page: "/grupper?emne=sorg" },
    { page: "/grupper?emne=sorg&alder=voksne" },
    { page: `/grupper/${groupSlug}`, label: "/grupper/<gruppe>" },
    { page: `/grupper/${groupSlug}/ansoeg`, label: "/grupper/<gruppe>/ansoeg" },
    { page: "/bliv-medlem" },
    { page: "/interesse" },
    { page: "/interesse?emne=sorg&alder=voksne" },
    { page: "/login" },
    { page: `/grupper?q=${encodeURIComponent("pårørende")}`, label: "/grupper?q=pårørende (search)", noGoal: true },
  ].map((p) => ({ label: p.page, ...p }));
}

/** Fetches each page once (also warming its cache) and writes a static file of the same byte size into public/. */
export async function writeStaticTwins(root, base, pages) {
  const dir = path.join(root, STATIC_DIR);
  fs.mkdirSync(dir, { recursive: true });
  for (const [i, p] of pages.entries()) {
    const res = await fetch(base + p.page, { redirect: "manual" });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${p.page} answered ${res.status}`);
    p.bytes = body.length;
    p.twin = `/bench-tmp/page-${i}.html`;
    // Same size and kind of bytes (the page's own HTML), so the two differ only in how they are served.
    fs.writeFileSync(path.join(dir, `page-${i}.html`), body);
  }
}

export function removeStaticTwins(root) {
  fs.rmSync(path.join(root, STATIC_DIR), { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs the interleaved rounds and prints one line per page; returns the rows. */
export async function compareWithStatic(base, pages, { seconds, connections, rounds }) {
  const runs = new Map(pages.map((p) => [p.label, { page: [], twin: [], p99: [], non2xx: 0 }]));
  const hit = (url) => autocannon({ url, connections, duration: seconds });
  for (const p of pages) {
    await autocannon({ url: base + p.page, connections: 2, duration: 1 }); // warm-up
    await autocannon({ url: base + p.twin, connections: 2, duration: 1 });
  }
  for (let round = 1; round <= rounds; round++) {
    console.log(`round ${round}/${rounds} …`);
    for (const p of pages) {
      const r = runs.get(p.label);
      const twin = await hit(base + p.twin);
      const page = await hit(base + p.page);
      r.twin.push(twin.requests.average);
      r.page.push(page.requests.average);
      r.p99.push(page.latency.p99);
      r.non2xx += page.non2xx + twin.non2xx;
    }
  }
  const rows = pages.map((p) => {
    const r = runs.get(p.label);
    const percent = median(r.page.map((v, i) => (100 * v) / r.twin[i]));
    return { ...p, pageRps: median(r.page), twinRps: median(r.twin), percent, p99: median(r.p99), non2xx: r.non2xx };
  });
  console.log(`\n${connections} connections, ${seconds} s per measurement, ${rounds} interleaved rounds (medians)\n`);
  console.log(
    "page".padEnd(36),
    "KB".padStart(6),
    "req/s".padStart(7),
    "static".padStart(7),
    "%".padStart(5),
    "p99 ms".padStart(7),
    "non-2xx".padStart(8),
    "",
  );
  for (const r of rows) {
    const verdict = r.noGoal ? "" : r.percent >= GOAL_PERCENT ? "ok" : `below ${GOAL_PERCENT} %`;
    console.log(
      r.label.padEnd(36),
      (r.bytes / 1024).toFixed(1).padStart(6),
      String(Math.round(r.pageRps)).padStart(7),
      String(Math.round(r.twinRps)).padStart(7),
      String(Math.round(r.percent)).padStart(5),
      String(r.p99).padStart(7),
      String(r.non2xx).padStart(8),
      verdict,
    );
  }
  return rows;
}
