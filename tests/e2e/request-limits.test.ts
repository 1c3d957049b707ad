import http from "node:http";
import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { baseUrl } from "../helpers/browser";
import { httpGet, httpSignIn } from "../helpers/http-session";

const MB = 1024 * 1024;

/** A raw POST; without `length` the body goes chunked (no Content-Length), as a streaming client sends it. */
function post(path: string, bytes: number, { length = true, headers = {} as Record<string, string> } = {}) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = http.request(`${baseUrl()}${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...(length ? { "content-length": String(bytes) } : {}), ...headers },
    });
    req.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    // The server may answer and close before the whole body is sent.
    req.on("error", (error) => ((error as NodeJS.ErrnoException).code === "EPIPE" ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, "a");
    for (let sent = 0; sent < bytes; sent += chunk.length) req.write(chunk.subarray(0, Math.min(chunk.length, bytes - sent)));
    req.end();
  });
}

describe("request bodies over 1 MB, over real HTTP", () => {
  it("get 413 and a short Danish text, with a Content-Length, chunked, and as a server action", async () => {
    for (const res of [
      await post("/bliv-medlem", 2 * MB),
      await post("/", 3 * MB, { length: false }),
      await post("/grupper", 2 * MB, { headers: { "next-action": "0".repeat(42), accept: "text/x-component" } }),
      await post("/admin/medlemmer", 2 * MB),
    ]) {
      expect(res.status).toBe(413);
      expect(res.type).toBe("text/plain; charset=utf-8");
      expect(res.body).toMatch(/fylder for meget \(højst 1 MB\)/);
    }
  });

  it("leave smaller bodies alone: signing in still works and the admin area still wants a session", async () => {
    expect((await httpGet("/admin")).location).toBe("/login");
    const { jar, error } = await httpSignIn(inject("adminEmail"), inject("adminPassword"));
    expect(error).toBeNull();
    expect((await httpGet("/admin", jar)).status).toBe(200);
    expect((await post("/bliv-medlem", 900 * 1024, { length: false })).status).not.toBe(413);
  });
});

describe("the files at the root", () => {
  it("serves a favicon and a robots.txt that keeps crawlers out of the admin area", async () => {
    const icon = await fetch(`${baseUrl()}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(Buffer.from(await icon.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text();
    for (const path of ["/admin", "/login", "/invitation", "/api"]) expect(robots).toContain(`Disallow: ${path}\n`);
    expect(robots).toContain("Allow: /\n");
  });

  it("answers an unknown address with the Danish 404 page", async () => {
    const res = await fetch(`${baseUrl()}/findes-ikke-${Date.now()}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Siden findes ikke");
  });
});
