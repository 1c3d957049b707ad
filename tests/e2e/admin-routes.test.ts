import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { e2eDb } from "../helpers/e2e-db";
import { httpGet, httpSignIn, testScryptHash, type CookieJar } from "../helpers/http-session";
import type { RouteContext, RouteExpectation, RouteOutcome } from "./admin-routes/types";

/**
 * Every app/admin/** /page.tsx, over real HTTP against the built app, as anonymous, facilitator and
 * administrator. Expectations live in tests/e2e/admin-routes/*.routes.ts, one file per feature; a
 * page without an entry (or an entry without a page) fails the first test.
 */
const expectationModules = import.meta.glob<{ routes: RouteExpectation[] }>("./admin-routes/*.routes.ts", { eager: true });
const expectations = Object.values(expectationModules).flatMap((m) => m.routes);

function adminPageRoutes(): string[] {
  const dir = path.join(process.cwd(), "app", "admin");
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === "page.tsx")
    .map((f) => {
      const segments = path
        .dirname(f)
        .split(path.sep)
        .filter((s) => s !== "." && !/^\(.*\)$/.test(s));
      return ["/admin", ...segments].join("/");
    })
    .sort();
}

const FACILITATOR_EMAIL = "ruter-igangsaetter@e2e.test";
const FACILITATOR_PASSWORD = "ruter-test-kode-123";

describe("admin routes over HTTP", () => {
  const db = e2eDb();
  let ctx: RouteContext;
  let adminJar: CookieJar;
  let facilitatorJar: CookieJar;

  beforeAll(async () => {
    const user = await db.user.upsert({
      where: { email: FACILITATOR_EMAIL },
      update: { active: true, passwordHash: testScryptHash(FACILITATOR_PASSWORD) },
      create: {
        email: FACILITATOR_EMAIL,
        name: "Rute Igangsætter",
        role: "FACILITATOR",
        passwordHash: testScryptHash(FACILITATOR_PASSWORD),
        facilitator: { create: { courseCompletedAt: new Date("2025-01-01") } },
      },
      select: { id: true, facilitator: { select: { id: true } } },
    });
    const admin = await db.user.findUniqueOrThrow({ where: { email: inject("adminEmail") }, select: { id: true } });
    ctx = { db, admin: { userId: admin.id }, facilitator: { userId: user.id, facilitatorId: user.facilitator!.id } };
    const a = await httpSignIn(inject("adminEmail"), inject("adminPassword"));
    const f = await httpSignIn(FACILITATOR_EMAIL, FACILITATOR_PASSWORD);
    expect([a.error, f.error]).toEqual([null, null]);
    adminJar = a.jar;
    facilitatorJar = f.jar;
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  it("has exactly one expectation for every admin page", () => {
    const pages = adminPageRoutes();
    const listed = expectations.map((e) => e.route);
    expect(
      pages.filter((p) => !listed.includes(p)),
      "admin pages without an entry in tests/e2e/admin-routes/*.routes.ts",
    ).toEqual([]);
    expect(
      listed.filter((r) => !pages.includes(r)),
      "entries that name no page",
    ).toEqual([]);
    expect(
      listed.filter((r, i) => listed.indexOf(r) !== i),
      "entries listed twice",
    ).toEqual([]);
  });

  async function urlFor(e: RouteExpectation): Promise<string> {
    const params = e.params ? await e.params(ctx) : {};
    return e.route.replace(/\[\[?\.{0,3}([^\]]+)\]?\]/g, (_, name: string) => {
      if (!(name in params)) throw new Error(`${e.route}: no value for [${name}]`);
      return encodeURIComponent(params[name]);
    });
  }

  function expectOutcome(res: { status: number; location: string | null }, outcome: RouteOutcome, what: string) {
    if (outcome === "ok") expect(res.status, what).toBe(200);
    else if (outcome === "refused") {
      const refused = res.status === 404 || ([302, 303, 307, 308].includes(res.status) && res.location === "/admin/ingen-adgang");
      expect(refused, `${what}: got ${res.status} → ${res.location}`).toBe(true);
    } else {
      expect([302, 303, 307, 308], what).toContain(res.status);
      expect(res.location, what).toBe(outcome.redirect);
    }
  }

  it("the session API answers with the user's id and name only, never a password hash", async () => {
    const res = await fetch(`${inject("baseUrl")}/api/auth/session`, { headers: { cookie: adminJar.header() } });
    const text = await res.text();
    expect(text).not.toContain("scrypt$");
    expect(JSON.parse(text).user).toMatchObject({ id: ctx.admin.userId });
  });

  it.each(expectations.map((e) => [e.route, e] as const))("%s: anonymous → /login, facilitator and admin as listed", async (_route, e) => {
    const url = await urlFor(e);
    const anonymous = await httpGet(url);
    expect([302, 303, 307, 308], `${url} anonymous`).toContain(anonymous.status);
    expect(anonymous.location).toBe("/login");
    expectOutcome(await httpGet(url, facilitatorJar), e.facilitator, `${url} as facilitator`);
    const asAdmin = await httpGet(url, adminJar);
    expectOutcome(asAdmin, e.admin, `${url} as admin`);
    expect(asAdmin.body).not.toContain("scrypt$");
  });
});
