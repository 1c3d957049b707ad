// The security review's black-box probes (issue 9), re-run against a running, built site: one line per
// finding, PASS or FAIL (INFO where there is nothing to pass, e.g. a measurement; SKIP when the probe
// needs something it was not given). A tool, not a test: `npm run probes` (or `npm run bench -- --probes`)
// builds and starts its own server on a fresh demo database (scripts/bench.mjs) and runs them there;
// `node scripts/review-probes.mjs <url>` runs them against a server you started yourself — a test
// instance only: a failing probe can leave rows behind (a member with an odd name, login failures).
//   ADMIN_EMAIL / ADMIN_PASSWORD  an administrator (sign-in, open redirect and sign-out probes)
//   DATABASE_FILE                 its SQLite file (file growth, throttle keys); NEXT_DIST_DIR its build folder (page cache)
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { addedFiles, pageCacheFootprint } from "./page-cache.mjs";

const MB = 1024 * 1024;

// ---- HTTP helpers -------------------------------------------------------------------------------

/** Cookies kept between requests, like a browser. */
class CookieJar {
  cookies = new Map();
  store(res) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name) {
    return [...this.cookies.keys()].some((k) => k.endsWith(name));
  }
  copy() {
    const jar = new CookieJar();
    jar.cookies = new Map(this.cookies);
    return jar;
  }
}

const decode = (s) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const attrs = (tag) =>
  Object.fromEntries([...tag.matchAll(/([^\s=/<>"]+)(?:="([^"]*)")?/g)].slice(1).map(([, k, v]) => [k.toLowerCase(), decode(v ?? "")]));

/** The forms of a page as a browser without JavaScript sees them: attributes and the fields it would send. */
function formsOf(html) {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].map(([, open, body]) => {
    const fields = [];
    for (const [tag] of body.matchAll(/<input\b[^>]*>/gi)) {
      const a = attrs(tag);
      if (!a.name || a.type === "submit") continue;
      if ((a.type === "checkbox" || a.type === "radio") && !("checked" in a)) continue;
      fields.push([a.name, a.value ?? ""]);
    }
    for (const [, open2, inner] of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const a = attrs(`<textarea ${open2}>`);
      if (a.name) fields.push([a.name, decode(inner)]);
    }
    const buttons = [...body.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/gi)].map(([, t]) => t.replace(/<[^>]+>/g, "").trim());
    return { attrs: attrs(`<form ${open}>`), fields, buttons, html: body };
  });
}

/** Posts a form as the browser would without JavaScript (multipart, to the page's own address). */
async function submitForm(base, pagePath, form, values, jar, extraHeaders = {}) {
  const body = new FormData();
  const set = new Set(Object.keys(values));
  for (const [name, value] of form.fields) if (!set.has(name)) body.append(name, value);
  for (const [name, value] of Object.entries(values)) body.append(name, value);
  const target = form.attrs.action ? new URL(form.attrs.action, base + pagePath) : new URL(base + pagePath);
  const res = await fetch(target, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { ...(jar ? { cookie: jar.header() } : {}), ...extraHeaders },
  });
  jar?.store(res);
  return res;
}

async function getPage(base, pagePath, jar) {
  const res = await fetch(base + pagePath, { redirect: "manual", headers: jar ? { cookie: jar.header() } : {} });
  jar?.store(res);
  return { res, html: await res.text() };
}

/** Signs in through next-auth's credentials endpoint, as the e2e helper does. */
async function callbackSignIn(base, email, password, { callbackUrl = `${base}/admin`, headers = {} } = {}) {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), ...headers },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl, json: "true" }),
  });
  jar.store(res);
  const json = await res.json().catch(() => ({}));
  const url = json.url ? new URL(json.url, base) : null;
  return { jar, status: res.status, url, error: url ? url.searchParams.get("error") : null };
}

/** Signs in through the login page's own form, without JavaScript. */
async function formSignIn(base, email, password, loginPath = "/login") {
  const jar = new CookieJar();
  const { html } = await getPage(base, loginPath, jar);
  const form = formsOf(html).find((f) => f.fields.some(([n]) => n === "password") || /name="password"/.test(f.html));
  if (!form) throw new Error("no login form on " + loginPath);
  const res = await submitForm(base, loginPath, form, { email, password }, jar);
  return { jar, res, form, location: res.headers.get("location") };
}

const ms = (t0) => Math.round(performance.now() - t0);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: s[Math.floor((s.length - 1) / 2)] ?? 0, max: s[s.length - 1] ?? 0, n: s.length };
};
const dbBytes = (file) => ["", "-wal"].reduce((n, suffix) => n + (fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : 0), 0);
const randomId = () => crypto.randomBytes(6).toString("hex");

// ---- the probes -----------------------------------------------------------------------------------

/**
 * Each probe returns { status: "PASS" | "FAIL" | "INFO" | "SKIP", detail }.
 * @typedef {{ base: string, adminEmail?: string, adminPassword?: string, dbFile?: string, distDir?: string }} Target
 */
export const PROBES = [
  {
    id: "huge-email",
    title: "login with a 5 MB email is refused; the database file does not grow with it",
    async run({ base, dbFile }) {
      const before = dbFile ? dbBytes(dbFile) : null;
      const huge = "a".repeat(5 * MB) + "@example.invalid";
      const csrfRes = await fetch(`${base}/api/auth/csrf`);
      const { csrfToken } = await csrfRes.json();
      const cookie = csrfRes.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const form = (email) => new URLSearchParams({ csrfToken, email, password: "x", json: "true" });
      const post = (body, headers = {}) =>
        fetch(`${base}/api/auth/callback/credentials`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
          body,
        }).catch((e) => ({ status: `error ${e.cause?.code ?? e.message}`, headers: new Headers(), json: async () => ({}) }));
      const declared = await post(form(huge));
      // The same without a Content-Length (chunked), and through the login page's form.
      const bytes = new TextEncoder().encode(form(huge).toString());
      const stream = new ReadableStream({
        start(c) {
          for (let i = 0; i < bytes.length; i += 64 * 1024) c.enqueue(bytes.subarray(i, i + 64 * 1024));
          c.close();
        },
      });
      const chunked = await fetch(`${base}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        duplex: "half",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: stream,
      }).catch((e) => ({ status: `error ${e.cause?.code ?? e.message}`, headers: new Headers() }));
      const { html } = await getPage(base, "/login");
      const loginForm = formsOf(html).find((f) => /name="password"/.test(f.html));
      const viaForm = loginForm
        ? await submitForm(base, "/login", loginForm, { email: huge, password: "x" }).catch((e) => ({ status: `error ${e.message}` }))
        : { status: "no form" };
      // Under the body limit but far over an email's 254 characters: refused before any write.
      const long = await post(form("b".repeat(200_000) + "@example.invalid"));
      const longJson = await long.json().catch(() => ({}));
      const longError = longJson.url ? new URL(longJson.url, base).searchParams.get("error") : null;
      const growth = dbFile ? dbBytes(dbFile) - before : null;
      const refused = [declared.status, chunked.status, viaForm.status].every((s) => s === 413 || String(s).startsWith("error"));
      const ok = refused && long.status < 500 && longError !== null && (growth === null || growth < MB);
      return {
        status: ok ? "PASS" : "FAIL",
        detail:
          `5 MB: ${declared.status} (Content-Length), ${chunked.status} (chunked), ${viaForm.status} (login form); ` +
          `200 KB email: ${long.status} ${longError ?? "no error code"}; ` +
          (growth === null ? "database growth not measured (no DATABASE_FILE)" : `database + WAL grew ${growth} bytes`),
      };
    },
  },
  {
    id: "parallel-logins",
    title: "16 parallel bogus logins do not stall a cached public page (measured, no threshold)",
    async run({ base }) {
      const page = `${base}/hvad-er-en-selvhjaelpsgruppe`;
      const timeGet = async () => {
        const t0 = performance.now();
        const res = await fetch(page);
        await res.arrayBuffer();
        return { t: ms(t0), status: res.status };
      };
      await timeGet(); // warm
      const baseline = [];
      for (let i = 0; i < 10; i++) baseline.push(await timeGet());
      const codes = {};
      const loginTimes = [];
      let running = true;
      const logins = Promise.all(
        Array.from({ length: 16 }, async (_, i) => {
          const t0 = performance.now();
          const r = await callbackSignIn(base, `probe-${randomId()}-${i}@example.invalid`, "forkert-kode").catch((e) => ({
            error: `error ${e.message}`,
            status: 0,
          }));
          loginTimes.push(ms(t0));
          const code = r.status >= 500 ? `HTTP ${r.status}` : (r.error ?? "none");
          codes[code] = (codes[code] ?? 0) + 1;
        }),
      ).finally(() => (running = false));
      const during = [];
      while (running || during.length < 5) during.push(await timeGet());
      await logins;
      const b = stats(baseline.map((x) => x.t));
      const d = stats(during.map((x) => x.t));
      const l = stats(loginTimes);
      const allOk =
        [...baseline, ...during].every((x) => x.status === 200) && !Object.keys(codes).some((c) => c.startsWith("HTTP") || c.startsWith("error"));
      return {
        status: allOk ? "PASS" : "FAIL",
        detail:
          `page p50/max ${b.p50}/${b.max} ms alone, ${d.p50}/${d.max} ms during the logins (${d.n} requests); ` +
          `logins p50/max ${l.p50}/${l.max} ms, answers ${JSON.stringify(codes)}`,
      };
    },
  },
  {
    id: "open-redirect",
    title: "callback URLs to other hosts end on this site (/.//evil.invalid, http://localhost:PORT.evil.example)",
    async run({ base, adminEmail, adminPassword }) {
      const origin = new URL(base);
      const evil = [`/.//evil.invalid`, `http://localhost:${origin.port || (origin.protocol === "https:" ? 443 : 80)}.evil.example`];
      const notes = [];
      let ok = true;
      const check = (label, location) => {
        if (!location) return notes.push(`${label}: no redirect`);
        const host = new URL(location, base).host;
        if (host !== origin.host) ok = false;
        notes.push(`${label} → ${host === origin.host ? "this site" : host}`);
      };
      for (const target of evil) {
        const q = encodeURIComponent(target);
        const signinPage = await fetch(`${base}/api/auth/signin?callbackUrl=${q}`, { redirect: "manual" });
        if (signinPage.status >= 500) ok = false;
        check(`/api/auth/signin ${signinPage.status}`, signinPage.headers.get("location"));
        if (adminEmail && adminPassword) {
          const viaCallback = await callbackSignIn(base, adminEmail, adminPassword, { callbackUrl: target });
          check("credentials callback", viaCallback.url?.href ?? null);
          const viaForm = await formSignIn(base, adminEmail, adminPassword, `/login?callbackUrl=${q}`);
          if (viaForm.res.status < 300 || viaForm.res.status >= 400) ok = false;
          check(`login form ${viaForm.res.status}`, viaForm.location);
        }
      }
      if (!adminEmail || !adminPassword) notes.push("sign-in redirects not tried (no ADMIN_EMAIL/ADMIN_PASSWORD)");
      return { status: ok ? "PASS" : "FAIL", detail: notes.join("; ") };
    },
  },
  {
    id: "credentials-get",
    title: "GET /api/auth/callback/credentials gives no server error",
    async run({ base }) {
      const res = await fetch(`${base}/api/auth/callback/credentials`, { redirect: "manual" });
      const location = res.headers.get("location");
      const sameSite = !location || new URL(location, base).host === new URL(base).host;
      return {
        status: res.status < 500 && sameSite ? "PASS" : "FAIL",
        detail: `${res.status}${location ? ` → ${new URL(location, base).pathname}` : ""}`,
      };
    },
  },
  {
    id: "login-form-post",
    title: "the login form posts (method=post) and works without JavaScript; the password never in a URL",
    async run({ base, adminEmail, adminPassword }) {
      const { html } = await getPage(base, "/login");
      const form = formsOf(html).find((f) => /name="password"/.test(f.html));
      if (!form) return { status: "FAIL", detail: "no form with a password field on /login" };
      const method = (form.attrs.method ?? "get").toLowerCase();
      if (method !== "post") return { status: "FAIL", detail: `method=${method}` };
      if (!adminEmail || !adminPassword) return { status: "PASS", detail: "method=post (sign-in not tried: no ADMIN_EMAIL/ADMIN_PASSWORD)" };
      const { res, jar, location } = await formSignIn(base, adminEmail, adminPassword);
      const signedIn = jar.has("session-token");
      const leak = location?.includes(encodeURIComponent(adminPassword)) || location?.includes(adminPassword);
      const ok = res.status >= 300 && res.status < 400 && signedIn && !leak;
      return {
        status: ok ? "PASS" : "FAIL",
        detail: `method=post; no-JS sign-in ${res.status} → ${location ?? "-"}, session cookie ${signedIn ? "set" : "missing"}`,
      };
    },
  },
  {
    id: "sign-out",
    title: "signing out ends the session: the old cookie gets no CSV from the member register export",
    async run({ base, adminEmail, adminPassword }) {
      if (!adminEmail || !adminPassword) return { status: "SKIP", detail: "needs ADMIN_EMAIL and ADMIN_PASSWORD" };
      const exportPath = "/admin/medlemmer/eksport";
      const isCsv = async (jar) => {
        const res = await fetch(base + exportPath, { redirect: "manual", headers: { cookie: jar.header() } });
        await res.arrayBuffer();
        return { csv: res.status === 200 && /text\/csv/.test(res.headers.get("content-type") ?? ""), status: res.status };
      };
      const notes = [];
      let ok = true;
      // 1. The site's "Log ud" button, posted without JavaScript.
      {
        const { jar } = await callbackSignIn(base, adminEmail, adminPassword);
        const old = jar.copy();
        const before = await isCsv(jar);
        const { html } = await getPage(base, "/admin", jar);
        const button = formsOf(html).find((f) => f.buttons.includes("Log ud"));
        if (!before.csv || !button) {
          ok = false;
          notes.push(`button: ${before.csv ? "no Log ud form on /admin" : `export not reachable when signed in (${before.status})`}`);
        } else {
          const out = await submitForm(base, "/admin", button, {}, jar);
          const after = await isCsv(old);
          if (after.csv) ok = false;
          notes.push(`"Log ud" ${out.status}; old cookie → ${after.status}${after.csv ? " CSV!" : ", no CSV"}`);
        }
      }
      // 2. next-auth's own endpoint.
      {
        const { jar } = await callbackSignIn(base, adminEmail, adminPassword);
        const old = jar.copy();
        const csrfRes = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: jar.header() } });
        jar.store(csrfRes);
        const { csrfToken } = await csrfRes.json();
        const out = await fetch(`${base}/api/auth/signout`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
          body: new URLSearchParams({ csrfToken, json: "true" }),
        });
        const after = await isCsv(old);
        if (after.csv) ok = false;
        notes.push(`/api/auth/signout ${out.status}; old cookie → ${after.status}${after.csv ? " CSV!" : ", no CSV"}`);
      }
      return { status: ok ? "PASS" : "FAIL", detail: notes.join("; ") };
    },
  },
  {
    id: "xff-spoofing",
    title: "a spoofed X-Forwarded-For does not change the sign-in throttle's key (server without TRUST_PROXY)",
    async run({ base, dbFile }) {
      // Without TRUST_PROXY only the per-account limit (50) applies; the per-account-and-address limit (5)
      // exists only when the address is believed. Six failures with one spoofed address: a sixth
      // "Throttled" means the header was taken as the caller's address.
      const email = `xff-${randomId()}@example.invalid`;
      const spoofed = `198.51.100.${1 + Math.floor(Math.random() * 200)}`;
      const answers = [];
      for (let i = 0; i < 6; i++)
        answers.push((await callbackSignIn(base, email, `forkert-${i}`, { headers: { "x-forwarded-for": spoofed } })).error);
      let keys = null;
      if (dbFile) {
        const db = new Database(dbFile, { readonly: true, fileMustExist: true });
        try {
          const digest = crypto.createHash("sha256").update(email).digest("hex");
          keys = db
            .prepare(`SELECT DISTINCT "key" FROM "LoginFailure" WHERE "key" LIKE ? OR "key" LIKE ?`)
            .pluck()
            .all(`%${digest}%`, `%${spoofed}%`);
        } finally {
          db.close();
        }
      }
      const believed = answers[5] === "Throttled" || (keys ?? []).some((k) => k.includes(spoofed));
      return {
        status: believed ? "FAIL" : "PASS",
        detail:
          `6 failures with X-Forwarded-For ${spoofed}: last answer ${answers[5]}` +
          (keys ? `; throttle keys: ${keys.map((k) => k.replace(/[0-9a-f]{64}/, "<account>")).join(", ")}` : "; keys not read (no DATABASE_FILE)") +
          (believed ? " (the server believes the header: right only behind a reverse proxy with TRUST_PROXY)" : ""),
      };
    },
  },
  {
    id: "random-slugs",
    title: "50 random group slugs answer 404 and write nothing to the page cache",
    async run({ base, distDir }) {
      // Next 16 copies a prerendered page into server/route-cache the first time it serves it; the one
      // 404 page for unknown groups (/ukendt-gruppe) too. One unknown slug first, so that single entry is
      // in place: after it, no slug may add anything.
      await (await fetch(`${base}/grupper/probe-warm-${randomId()}`)).arrayBuffer();
      const before = distDir ? pageCacheFootprint(distDir) : null;
      const statuses = {};
      for (let i = 0; i < 50; i++) {
        const res = await fetch(`${base}/grupper/probe-${i}-${randomId()}`);
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
      const long = await fetch(`${base}/grupper/${"x".repeat(5000)}`);
      await long.arrayBuffer();
      const all404 = statuses[404] === 50 && long.status === 404;
      if (!before)
        return {
          status: all404 ? "PASS" : "FAIL",
          detail: `statuses ${JSON.stringify(statuses)}, 5000 characters ${long.status}; cache not inspected (no NEXT_DIST_DIR)`,
        };
      const after = pageCacheFootprint(distDir);
      const added = addedFiles(before, after);
      const ok = all404 && added.length === 0 && after.bytes <= before.bytes;
      return {
        status: ok ? "PASS" : "FAIL",
        detail:
          `statuses ${JSON.stringify(statuses)}, 5000 characters ${long.status}; page cache ${before.count} → ${after.count} files, ` +
          `${before.bytes} → ${after.bytes} bytes${added.length ? `; new e.g. ${added.find((f) => f.includes("/grupper/")) ?? added[0]}` : ""}`,
      };
    },
  },
  {
    id: "headers",
    title: "Content-Security-Policy and the other security headers are sent",
    async run({ base }) {
      const missing = [];
      for (const p of ["/", "/grupper", "/login"]) {
        const res = await fetch(base + p);
        await res.arrayBuffer();
        const h = res.headers;
        if (!/default-src 'self'/.test(h.get("content-security-policy") ?? "")) missing.push(`${p}: CSP`);
        if (!/frame-ancestors 'none'/.test(h.get("content-security-policy") ?? "")) missing.push(`${p}: frame-ancestors`);
        if (h.get("x-content-type-options") !== "nosniff") missing.push(`${p}: X-Content-Type-Options`);
        if (!h.get("referrer-policy")) missing.push(`${p}: Referrer-Policy`);
      }
      return {
        status: missing.length ? "FAIL" : "PASS",
        detail: missing.length
          ? `missing ${missing.join(", ")}`
          : "CSP, X-Content-Type-Options, X-Frame-Options, Referrer-Policy on /, /grupper, /login",
      };
    },
  },
  {
    id: "hsts",
    title: "Strict-Transport-Security over https",
    async run({ base }) {
      const res = await fetch(base + "/");
      await res.arrayBuffer();
      const hsts = res.headers.get("strict-transport-security");
      if (new URL(base).protocol !== "https:") {
        return {
          status: "INFO",
          detail: `served over http, so no HSTS (${hsts ? "sent anyway" : "not sent"}); it is sent when NEXTAUTH_URL is https at build time`,
        };
      }
      return { status: /max-age=\d{7,}/.test(hsts ?? "") ? "PASS" : "FAIL", detail: hsts ?? "not sent" };
    },
  },
  {
    id: "invisible-characters",
    title: "a name with a right-to-left override or a zero-width character is refused",
    async run({ base, dbFile }) {
      const notes = [];
      let ok = true;
      for (const [label, name] of [
        ["RLO", "Anna \u202EnesrednA"],
        ["zero-width", "An\u200Bna Hansen"],
      ]) {
        const { html } = await getPage(base, "/bliv-medlem");
        const form = formsOf(html).find((f) => /name="name"/.test(f.html));
        if (!form) return { status: "FAIL", detail: "no member form on /bliv-medlem" };
        const email = `probe-${randomId()}@example.invalid`;
        const res = await submitForm(base, "/bliv-medlem", form, {
          name,
          email,
          phone: "",
          postcode: "7400",
          birthYear: "1980",
          consentMemberData: "on",
        });
        const text = res.status === 200 ? await res.text() : "";
        const refused = res.status === 200 && text.includes("Teksten indeholder tegn, som ikke kan bruges.");
        let written = null;
        if (dbFile) {
          const db = new Database(dbFile, { readonly: true, fileMustExist: true });
          try {
            written = db.prepare(`SELECT COUNT(*) AS n FROM "Member" WHERE "email" = ?`).get(email).n;
          } finally {
            db.close();
          }
        }
        if (!refused || written) ok = false;
        notes.push(
          `${label}: ${res.status}${refused ? ", refused with the Danish message" : ", not refused"}${written === null ? "" : `, ${written} member rows`}`,
        );
      }
      return { status: ok ? "PASS" : "FAIL", detail: notes.join("; ") };
    },
  },
];

/** Runs every probe against the target; prints one line each; returns the results. */
export async function runProbes(target, { print = console.log } = {}) {
  const results = [];
  print(`Review probes against ${target.base}\n`);
  for (const probe of PROBES) {
    let result;
    try {
      result = await probe.run(target);
    } catch (error) {
      result = { status: "FAIL", detail: `the probe itself failed: ${error.message}` };
    }
    results.push({ id: probe.id, ...result });
    print(`${result.status.padEnd(4)}  ${probe.id.padEnd(20)} ${probe.title}\n      ${"".padEnd(20)} ${result.detail}`);
  }
  const count = (s) => results.filter((r) => r.status === s).length;
  print(
    `\n${count("PASS")} PASS, ${count("FAIL")} FAIL${count("INFO") ? `, ${count("INFO")} INFO` : ""}${count("SKIP") ? `, ${count("SKIP")} SKIP` : ""}`,
  );
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  if (!url) {
    console.error("Brug: node scripts/review-probes.mjs <adresse>   (eller `npm run probes`, som selv bygger og starter en server)");
    process.exit(2);
  }
  const root = path.resolve(import.meta.dirname, "..");
  const results = await runProbes({
    base: url.replace(/\/$/, ""),
    adminEmail: process.env.ADMIN_EMAIL,
    adminPassword: process.env.ADMIN_PASSWORD,
    dbFile: process.env.DATABASE_FILE ? path.resolve(root, process.env.DATABASE_FILE) : undefined,
    distDir: process.env.NEXT_DIST_DIR ? path.resolve(root, process.env.NEXT_DIST_DIR) : undefined,
  });
  process.exit(results.some((r) => r.status === "FAIL") ? 1 : 0);
}
