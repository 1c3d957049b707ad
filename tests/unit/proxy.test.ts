import { NextRequest, type NextFetchEvent } from "next/server";
import { describe, expect, it, vi } from "vitest";
import nextConfig from "../../next.config.mjs";
import { SESSION_COOKIES } from "@/lib/auth/session-cookies";
import { isKnownGroupSlug } from "@/lib/groups/known-slugs";
import proxy, { BODY_SIZE_LIMIT, TOO_LARGE_MESSAGE, UNKNOWN_GROUP_PATH, bodyTooLarge, config, malformedGroupSlug } from "../../proxy";

// The list of slugs (lib/groups/known-slugs.ts, tested on a real database in tests/integration/groups-known-slugs.test.ts).
vi.mock("@/lib/groups/known-slugs", () => ({ isKnownGroupSlug: vi.fn() }));
const EXISTING = new Set(["sorggruppe-for-paaroerende-aeroe", "gruppe-2", "z".repeat(60)]);
vi.mocked(isKnownGroupSlug).mockImplementation(async (slug) => EXISTING.has(slug));

const url = "http://localhost:3000/bliv-medlem";
const event = {} as NextFetchEvent;

function chunked(bytes: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(chunk, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n));
    },
  });
}
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new NextRequest(url, { method: "POST", body, headers, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);

describe("proxy.ts: request bodies over the limit", () => {
  it("uses the same limit as Next's server actions (next.config.mjs)", async () => {
    const untyped = "next/dist/compiled/bytes"; // the parser Next reads the config with (no types ship with it)
    const { default: bytes } = (await import(/* @vite-ignore */ untyped)) as { default: { parse(v: string): number } };
    expect(bytes.parse(nextConfig.experimental.serverActions.bodySizeLimit)).toBe(BODY_SIZE_LIMIT);
    expect(bytes.parse(nextConfig.experimental.proxyClientMaxBodySize)).toBeGreaterThan(BODY_SIZE_LIMIT + 64 * 1024);
  });

  it("decides by the declared Content-Length, without reading the body", async () => {
    expect(await bodyTooLarge(post("x", { "content-length": String(BODY_SIZE_LIMIT + 1) }))).toBe(true);
    expect(await bodyTooLarge(post("x", { "content-length": String(BODY_SIZE_LIMIT) }))).toBe(false);
    expect(await bodyTooLarge(new NextRequest(url, { headers: { "content-length": "99999999" } }))).toBe(false); // a GET
  });

  it("counts a chunked body, stopping just past the limit", async () => {
    expect(await bodyTooLarge(post(chunked(BODY_SIZE_LIMIT + 1)))).toBe(true);
    expect(await bodyTooLarge(post(chunked(50 * 1024 * 1024)))).toBe(true);
    expect(await bodyTooLarge(post(chunked(BODY_SIZE_LIMIT)))).toBe(false);
    expect(await bodyTooLarge(post(chunked(0)))).toBe(false);
  });

  it("answers 413 with a short Danish text on any page, and lets smaller requests through", async () => {
    const res = await proxy(post(chunked(2 * BODY_SIZE_LIMIT)), event);
    expect(res?.status).toBe(413);
    expect(res?.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res?.text()).toBe(TOO_LARGE_MESSAGE);
    expect(TOO_LARGE_MESSAGE).toMatch(/for meget.*1 MB/);
    const ok = await proxy(post("navn=Anna"), event);
    expect(ok?.headers.get("x-middleware-next")).toBe("1");
  });

  it("still sends a visitor without a session from /admin to the sign-in page", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret");
    const res = await proxy(new NextRequest("http://localhost:3000/admin/grupper"), event);
    expect(res?.status).toBe(307);
    expect(new URL(res!.headers.get("location")!).pathname).toBe("/login");
    vi.unstubAllEnvs();
  });

  it("runs on /admin, on group pages and their application forms, on filtered catalogue and interest addresses, on /login only with a cookie or a link's parameters, and on requests with a body", () => {
    const [admin, group, apply, ...rest] = config.matcher;
    expect([admin, group, apply]).toEqual(["/admin/:path*", "/grupper/:slug", "/grupper/:slug/ansoeg"]);
    const conditions = (rest as { source: string; has: { type: string; key: string }[] }[]).map(
      (m) => `${m.source} ${m.has[0].type}:${m.has[0].key}`,
    );
    expect(conditions).toEqual([
      ...["emne", "alder", "dag", "aaben", "fase", "q", "side"].map((k) => `/grupper query:${k}`),
      "/interesse query:emne",
      "/interesse query:alder",
      ...SESSION_COOKIES.map((k) => `/login cookie:${k}`),
      "/login query:callbackUrl",
      "/login query:error",
      "/((?!_next/static|_next/image).*) header:content-length",
      "/((?!_next/static|_next/image).*) header:transfer-encoding",
    ]);
  });

  const rewrittenTo = (res: Response | null | undefined | void) => {
    const target = res?.headers.get("x-middleware-rewrite");
    return target ? new URL(target).pathname : null;
  };

  it("shows the built 404 page for a group slug the site can never make, without asking for the list", async () => {
    vi.mocked(isKnownGroupSlug).mockClear();
    for (const slug of ["x".repeat(5000), "Store-Bogstaver", "%C3%A6bler", "a--b", "-a", "a_b", "a.b", "y".repeat(71)]) {
      const res = await proxy(new NextRequest(`http://localhost:3000/grupper/${slug}`), event);
      expect(rewrittenTo(res), slug.slice(0, 20)).toBe(UNKNOWN_GROUP_PATH);
    }
    expect(isKnownGroupSlug).not.toHaveBeenCalled();
  });

  it("shows the built 404 page for a well-formed slug no group has, and the group page for one that exists", async () => {
    for (const slug of ["findes-ikke", "gruppe-3", "a".repeat(60)]) {
      const res = await proxy(new NextRequest(`http://localhost:3000/grupper/${slug}`), event);
      expect(rewrittenTo(res), slug).toBe(UNKNOWN_GROUP_PATH);
    }
    for (const slug of EXISTING) {
      const res = await proxy(new NextRequest(`http://localhost:3000/grupper/${slug}`), event);
      expect(res?.headers.get("x-middleware-next"), slug).toBe("1");
      expect(rewrittenTo(res)).toBeNull();
    }
  });

  it("answers the application form of a group that does not exist with the same 404 page (the form is cached per group too)", async () => {
    for (const slug of ["findes-ikke", "Store-Bogstaver", "x".repeat(5000)]) {
      const res = await proxy(new NextRequest(`http://localhost:3000/grupper/${slug}/ansoeg`), event);
      expect(rewrittenTo(res), slug.slice(0, 20)).toBe(UNKNOWN_GROUP_PATH);
    }
    for (const slug of EXISTING) {
      const res = await proxy(new NextRequest(`http://localhost:3000/grupper/${slug}/ansoeg`), event);
      expect(res?.headers.get("x-middleware-next"), slug).toBe("1");
    }
  });

  it("leaves the decision to the page when the list cannot be read", async () => {
    vi.mocked(isKnownGroupSlug).mockRejectedValueOnce(Object.assign(new Error("SQLITE_BUSY"), { name: "SqliteError" }));
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await proxy(new NextRequest("http://localhost:3000/grupper/findes-ikke"), event);
    expect(res?.headers.get("x-middleware-next")).toBe("1");
    expect(log).toHaveBeenCalledWith("[proxy] group slug check failed: SqliteError");
    log.mockRestore();
  });

  it("sends a filtered catalogue to its cached copy, a search to the page rendered per request, an untidy address to its tidy form", async () => {
    const at = (query: string) => proxy(new NextRequest(`http://localhost:3000/grupper?${query}`), event);
    expect(rewrittenTo(await at("emne=sorg&alder=voksne"))).toBe("/udvalg/grupper/emne/sorg/alder/voksne");
    const search = await at("q=demens");
    expect(rewrittenTo(search)).toBe("/udvalg/soeg");
    expect(new URL(search!.headers.get("x-middleware-rewrite")!).search).toBe("?q=demens");
    const untidy = await at("q=&emne=sorg&alder=&dag=&fase=");
    expect(untidy?.status).toBe(307);
    expect(untidy?.headers.get("location")).toBe("http://localhost:3000/grupper?emne=sorg");
  });

  it("sends a preselected interest form to its cached copy", async () => {
    const res = await proxy(new NextRequest("http://localhost:3000/interesse?emne=sorg&alder=unge"), event);
    expect(rewrittenTo(res)).toBe("/udvalg/interesse/emne/sorg/alder/unge");
    expect((await proxy(new NextRequest("http://localhost:3000/interesse?emne=noget"), event))?.headers.get("x-middleware-next")).toBe("1");
  });

  it("renders /login per request for a session cookie or a link's parameters, and leaves a plain post to the static page", async () => {
    const withCookie = new NextRequest("http://localhost:3000/login", { headers: { cookie: "next-auth.session-token=abc" } });
    expect(rewrittenTo(await proxy(withCookie, event))).toBe("/udvalg/login");
    const withCallback = await proxy(new NextRequest("http://localhost:3000/login?callbackUrl=%2Fadmin%2Fgrupper"), event);
    expect(rewrittenTo(withCallback)).toBe("/udvalg/login");
    expect(new URL(withCallback!.headers.get("x-middleware-rewrite")!).search).toBe("?callbackUrl=%2Fadmin%2Fgrupper");
    const loginPost = new NextRequest("http://localhost:3000/login", { method: "POST", body: "x=1", headers: { "content-length": "3" } });
    expect(rewrittenTo(await proxy(loginPost, event))).toBeNull();
  });

  it("never checks another path", async () => {
    vi.mocked(isKnownGroupSlug).mockClear();
    for (const path of ["/grupper", "/grupper/findes-ikke/ansoeg/tak", "/grupperx/abc"]) {
      const res = await proxy(new NextRequest(`http://localhost:3000${path}`), event);
      expect(res?.headers.get("x-middleware-next"), path).toBe("1");
    }
    expect(isKnownGroupSlug).not.toHaveBeenCalled();
    expect(malformedGroupSlug("/grupper")).toBeNull();
    expect(malformedGroupSlug("/grupperx/Abc")).toBeNull();
  });
});
