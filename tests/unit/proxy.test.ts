import { NextRequest, type NextFetchEvent } from "next/server";
import { describe, expect, it, vi } from "vitest";
import nextConfig from "../../next.config.mjs";
import { isKnownGroupSlug } from "@/lib/groups/known-slugs";
import proxy, { BODY_SIZE_LIMIT, TOO_LARGE_MESSAGE, UNKNOWN_GROUP_PATH, bodyTooLarge, calendarSlugOf, config, malformedGroupSlug } from "../../proxy";

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

  it("runs on /admin, on group pages, their application forms and calendar files (slug check), on the internal routes and on requests with a body, never on another page view", () => {
    const [admin, group, apply, calendar, internal, ...rest] = config.matcher;
    expect([admin, group, apply, calendar, internal]).toEqual([
      "/admin/:path*",
      "/grupper/:slug",
      "/grupper/:slug/ansoeg",
      "/grupper/:slug/kalender.ics",
      "/udvalg/:path*",
    ]);
    const conditions = (rest as { source: string; has: { type: string; key: string }[] }[]).map((m) => `${m.has[0].type}:${m.has[0].key}`);
    expect(conditions).toEqual(["header:content-length", "header:transfer-encoding"]);
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

  it("answers a calendar file of a slug no group has, or could have, with a plain 404 before the route runs", async () => {
    for (const slug of ["findes-ikke", "x".repeat(5000), "Store-Bogstaver", "a.b"]) {
      const res = await proxy(new NextRequest(`http://localhost:3000/grupper/${slug}/kalender.ics`), event);
      expect(res?.status, slug.slice(0, 20)).toBe(404);
      expect(await res?.text()).toBe("Kalenderen findes ikke.");
      expect(rewrittenTo(res)).toBeNull();
    }
    for (const slug of EXISTING) {
      const res = await proxy(new NextRequest(`http://localhost:3000/grupper/${slug}/kalender.ics`), event);
      expect(res?.headers.get("x-middleware-next"), slug).toBe("1");
    }
    expect(calendarSlugOf("/grupper/a/kalender.ics")).toBe("a");
    expect(calendarSlugOf("/grupper/a/kalender.icsx")).toBeNull();
    expect(calendarSlugOf("/grupper/a/b/kalender.ics")).toBeNull();
  });

  it("answers an internal address asked for directly with a 404, unless it is one of the bounded cached copies or a page rendered per request", async () => {
    const at = (address: string) => proxy(new NextRequest(`http://localhost:3000${address}`), event);
    for (const address of [
      "/udvalg",
      "/udvalg/grupper",
      `/udvalg/grupper/emne/${"x".repeat(40)}`,
      "/udvalg/grupper/alder/voksne/emne/sorg", // another order than the tidy one
      "/udvalg/grupper/emne/sorg/alder/voksne/dag/mandag", // three filters: rendered per request, never cached
      "/udvalg/grupper/side/6",
      "/udvalg/grupper/side/1",
      "/udvalg/grupper/q/sorg",
      "/udvalg/grupper/emne/sorg.rsc",
      "/udvalg/grupper/emne/SORG",
      "/udvalg/interesse/emne/noget",
      "/udvalg/interesse/alder/unge/emne/sorg",
      "/udvalg/soeg/mere",
      "/udvalg/andet",
    ]) {
      const res = await at(address);
      expect(res?.status, address).toBe(404);
      expect(rewrittenTo(res), address).toBeNull();
    }
    for (const address of [
      "/udvalg/grupper/emne/sorg",
      "/udvalg/grupper/emne/sorg/alder/voksne/side/5",
      "/udvalg/interesse/emne/sorg/alder/unge",
      "/udvalg/soeg?q=x",
      "/udvalg/login",
    ]) {
      expect((await at(address))?.headers.get("x-middleware-next"), address).toBe("1");
    }
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
