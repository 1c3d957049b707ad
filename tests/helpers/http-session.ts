import { scryptSync, randomBytes } from "node:crypto";
import { baseUrl } from "./browser";

/**
 * A password hash in lib/auth/password.ts's format ("scrypt$N$r$p$salt$hash"), with a smaller N so
 * test fixtures are quick; verifyPassword reads the parameters from the stored string.
 */
export function testScryptHash(password: string): string {
  const N = 2 ** 14;
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 64, { N, r: 8, p: 1 });
  return ["scrypt", N, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Cookies kept between requests, like a browser would. */
export class CookieJar {
  private cookies = new Map<string, string>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name: string) {
    return this.cookies.has(name);
  }
}

/**
 * Signs in over plain HTTP the way next-auth's client does: GET /api/auth/csrf, then POST the form
 * to /api/auth/callback/credentials with json=true. Returns the jar and next-auth's `error` code.
 */
export async function httpSignIn(email: string, password: string): Promise<{ jar: CookieJar; error: string | null }> {
  const base = baseUrl();
  const jar = new CookieJar();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/admin`, json: "true" }),
  });
  jar.store(res);
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  const error = body.url ? new URL(body.url, base).searchParams.get("error") : "no-url";
  return { jar, error };
}

/** GET without following redirects; the status and where a redirect points (path + query). */
export async function httpGet(path: string, jar?: CookieJar): Promise<{ status: number; location: string | null; body: string }> {
  const res = await fetch(`${baseUrl()}${path}`, { redirect: "manual", headers: jar ? { cookie: jar.header() } : {} });
  const raw = res.headers.get("location");
  const location = raw ? new URL(raw, baseUrl()).pathname : null;
  return { status: res.status, location, body: res.status === 200 ? await res.text() : "" };
}
