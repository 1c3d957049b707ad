import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { CACHED_CATALOGUE_ROUTE, revalidationsFor, type Change } from "@/lib/cache/invalidate";
import { command, done, refuse } from "@/lib/command/define";
import { BUSY_MESSAGE, execute, UNAVAILABLE_MESSAGE, type Caller } from "@/lib/command/execute";
import { HONEYPOT_FIELD } from "@/lib/command/form-fields";
import { DENIED_MESSAGE, GENERIC_ERROR, HONEYPOT_MESSAGE, INVALID_INPUT, RATE_LIMITED_MESSAGE, SIGNED_OUT_MESSAGE } from "@/lib/command/result";
import { RATE_LIMIT_MAX, RATE_LIMIT_UNKNOWN_ADDRESS_MAX } from "@/lib/rate-limit";
import { checkbox, plainText, recordId } from "@/lib/validation/fields";
import { z } from "@/lib/validation/zod";
import { actorOf, assignFacilitator, createAdmin, createFacilitator, createGroup } from "../helpers/fixtures";

// The pipeline (lib/command/execute.ts) with small commands declared here, against the real database.

let counter = 0;
const slug = () => `pipeline-${Date.now().toString(36)}-${counter++}`;
const rowOf = (s: string) => db.pageContent.findUnique({ where: { slug: s } });

/** Writes a page text, then refuses when asked to: the write must not stay. */
const contentInput = z.object({ slug: recordId, title: plainText({ max: 80, min: 1 }), refuse: checkbox });
const writeContent = command({
  name: "test.write-content",
  policy: { kind: "admin" },
  input: contentInput,
  run: async (tx, actor, input) => {
    await tx.pageContent.create({ data: { slug: input.slug, title: input.title, body: "brødtekst", updatedByUserId: actor.id } });
    return input.refuse ? refuse("NOPE") : done({ slug: input.slug, secret: "kun til serveren" });
  },
  refusals: { NOPE: "Det går ikke." },
  audit: { verb: "content.update", entity: (input) => ({ type: "PageContent", id: input.slug }), details: () => ({ fields: 2 }) },
  invalidates: (input) => [{ kind: "content", slug: input.slug }],
  result: (d) => ({ slug: d.slug }),
  redirectTo: (input) => `/admin/sider/${input.slug}`,
});

const ANON: Caller = { actor: null, clientIp: "198.51.100.1" };
const as = (actor: Actor, clientIp = "198.51.100.2"): Caller => ({ actor, clientIp });

let admin: Actor;
let facilitator: Actor;

beforeAll(async () => {
  admin = await actorOf((await createAdmin()).id);
  facilitator = await actorOf((await createFacilitator()).user.id);
});

let errorLog: MockInstance<typeof console.error>;
beforeEach(() => {
  errorLog = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => errorLog.mockRestore());
const loggedLines = () => errorLog.mock.calls.map((args) => args.map(String).join(" "));

describe("policies", () => {
  const noop = (kind: "user" | "admin") =>
    command({ name: `test.${kind}`, policy: { kind }, input: z.object({}), run: async () => done(), refusals: {} });

  it.each(["user", "admin"] as const)("anonymous on a %s command → SIGNED_OUT with where to sign in", async (kind) => {
    const { result, changes } = await execute(noop(kind), {}, ANON);
    expect(result).toEqual({ ok: false, code: "SIGNED_OUT", message: SIGNED_OUT_MESSAGE, signIn: "/login" });
    expect(changes).toEqual([]);
  });

  it("anonymous on a group command → SIGNED_OUT, before the input is read", async () => {
    const groupId = vi.fn(() => "x");
    const cmd = command({
      name: "test.group-anon",
      policy: { kind: "group", groupId },
      input: z.object({ groupId: recordId }),
      run: async () => done(),
      refusals: {},
    });
    expect((await execute(cmd, { groupId: "g" }, ANON)).result).toMatchObject({ code: "SIGNED_OUT", signIn: "/login" });
    expect(groupId).not.toHaveBeenCalled();
  });

  it("a facilitator on an admin command → DENIED, and run() never runs", async () => {
    const s = slug();
    const { result } = await execute(writeContent, { slug: s, title: "Hej" }, as(facilitator));
    expect(result).toEqual({ ok: false, code: "DENIED", message: DENIED_MESSAGE });
    expect(await rowOf(s)).toBeNull();
  });

  it("user commands: any signed-in user, the actor reaches run()", async () => {
    const run = vi.fn(async (_tx: unknown, actor: Actor) => done({ id: actor.id }));
    const cmd = command({ name: "test.user", policy: { kind: "user" }, input: z.object({}), run, refusals: {}, result: (d) => d });
    expect((await execute(cmd, {}, as(facilitator))).result).toEqual({ ok: true, data: { id: facilitator.id } });
    expect((await execute(cmd, {}, as(admin))).result).toEqual({ ok: true, data: { id: admin.id } });
  });

  describe("group policy", () => {
    const groupWrite = command({
      name: "test.group-write",
      policy: { kind: "group", groupId: (input) => input.groupId },
      input: z.object({ groupId: recordId, slug: recordId }),
      run: async (tx, _actor, input) => {
        await tx.pageContent.create({ data: { slug: input.slug, title: "Gruppe", body: "" } });
        return done();
      },
      refusals: {},
      audit: { verb: "group.update", entity: (input) => ({ type: "Group", id: input.groupId }) },
    });

    it("a facilitator without an assignment on the group → DENIED, nothing written, nothing audited", async () => {
      const group = await createGroup();
      const s = slug();
      expect((await execute(groupWrite, { groupId: group.id, slug: s }, as(facilitator))).result).toEqual({
        ok: false,
        code: "DENIED",
        message: DENIED_MESSAGE,
      });
      expect(await rowOf(s)).toBeNull();
      expect(await db.auditEvent.count({ where: { entityId: group.id } })).toBe(0);
    });

    it("a facilitator assigned to the group may; assigned to another group may not; a withdrawn assignment may not", async () => {
      const mine = await createGroup();
      const other = await createGroup();
      const former = await createGroup();
      const f = await createFacilitator();
      const actor = await actorOf(f.user.id);
      await assignFacilitator(mine.id, f.facilitator.id);
      await assignFacilitator(other.id, facilitator.facilitatorId!);
      await db.facilitatorAssignment.create({ data: { groupId: former.id, facilitatorId: f.facilitator.id, withdrawnAt: new Date() } });

      const s1 = slug();
      expect((await execute(groupWrite, { groupId: mine.id, slug: s1 }, as(actor))).result).toEqual({ ok: true, data: undefined });
      expect(await rowOf(s1)).not.toBeNull();
      expect(await db.auditEvent.count({ where: { entityId: mine.id, actorUserId: actor.id, action: "group.update" } })).toBe(1);

      expect((await execute(groupWrite, { groupId: other.id, slug: slug() }, as(actor))).result).toMatchObject({ code: "DENIED" });
      const s3 = slug();
      expect((await execute(groupWrite, { groupId: former.id, slug: s3 }, as(actor))).result).toMatchObject({ code: "DENIED" });
      expect(await rowOf(s3)).toBeNull();
    });

    it("an administrator may, without an assignment", async () => {
      const group = await createGroup();
      expect((await execute(groupWrite, { groupId: group.id, slug: slug() }, as(admin))).result.ok).toBe(true);
    });
  });
});

describe("input", () => {
  const counted = () => {
    const seen: unknown[] = [];
    const input = z.object({ name: plainText({ max: 40, min: 1 }), tags: z.array(z.string()).optional(), agree: checkbox }).transform((v) => {
      seen.push(v);
      return v;
    });
    const cmd = command({
      name: "test.parse-once",
      policy: { kind: "user" },
      input,
      run: async (_tx, _a, i) => done(i),
      refusals: {},
      result: (d) => d,
    });
    return { cmd, seen };
  };

  it("a plain object is parsed once and run() gets the parsed value", async () => {
    const { cmd, seen } = counted();
    const { result } = await execute(cmd, { name: "  Se\u0301ren ", agree: "on" }, as(facilitator));
    expect(result).toEqual({ ok: true, data: { name: "S\u00e9ren", agree: true } });
    expect(seen).toHaveLength(1);
  });

  it("a posted form is parsed once: repeated names become a list; Next's $ACTION fields, files and the honeypot are dropped", async () => {
    const { cmd, seen } = counted();
    const form = new FormData();
    form.append("name", "Søren");
    form.append("tags", "a");
    form.append("tags", "b");
    form.append("agree", "on");
    form.append("$ACTION_ID_abc", "");
    form.append("$ACTION_REF_1", "x");
    form.append("upload", new Blob(["x"]), "fil.txt");
    form.append(HONEYPOT_FIELD, "");
    const { result } = await execute(cmd, form, as(facilitator));
    expect(result).toEqual({ ok: true, data: { name: "Søren", tags: ["a", "b"], agree: true } });
    expect(seen).toHaveLength(1);
  });

  it("wrong input → INVALID with Danish messages per field; run() is not called", async () => {
    const run = vi.fn(async () => done());
    const cmd = command({ name: "test.invalid", policy: { kind: "admin" }, input: contentInput, run, refusals: {} });
    const { result, changes } = await execute(cmd, { slug: "", title: "a\u202Eb", refuse: "måske" }, as(admin));
    expect(result).toEqual({
      ok: false,
      code: "INVALID",
      message: INVALID_INPUT,
      fieldErrors: { slug: ["Mangler id."], title: ["Teksten indeholder tegn, som ikke kan bruges."], refuse: ["Feltet har en ugyldig værdi."] },
    });
    expect(changes).toEqual([]);
    expect(run).not.toHaveBeenCalled();
  });
});

describe("one transaction: run, refusal and audit", () => {
  it("success: the write, the audit row (same actor, verb, entity, details), the declared changes, result and redirect", async () => {
    const s = slug();
    const execution = await execute(writeContent, { slug: s, title: "Om os" }, as(admin));
    expect(execution).toEqual({
      result: { ok: true, data: { slug: s } }, // only what result() picks: never the server-side fields
      changes: [{ kind: "content", slug: s }],
      redirectTo: `/admin/sider/${s}`,
    });
    expect(await rowOf(s)).toMatchObject({ title: "Om os", updatedByUserId: admin.id });
    const audits = await db.auditEvent.findMany({ where: { entityId: s } });
    expect(audits).toMatchObject([
      { actorUserId: admin.id, action: "content.update", entityType: "PageContent", details: JSON.stringify({ fields: 2 }) },
    ]);
  });

  it("without `result`, the browser gets no data at all, whatever run() returned", async () => {
    const cmd = command({
      name: "test.no-result",
      policy: { kind: "admin" },
      input: z.object({}),
      run: async () => done({ passwordHash: "hemmelig" }),
      refusals: {},
    });
    expect((await execute(cmd, {}, as(admin))).result).toEqual({ ok: true, data: undefined });
  });

  it("a refusal from run() rolls back what it wrote, writes no audit row and changes nothing", async () => {
    const s = slug();
    const execution = await execute(writeContent, { slug: s, title: "Om os", refuse: "on" }, as(admin));
    expect(execution).toEqual({ result: { ok: false, code: "NOPE", message: "Det går ikke." }, changes: [] });
    expect(await rowOf(s)).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: s } })).toBe(0);
  });

  it("a refusal tied to a field comes back as that field's error", async () => {
    const cmd = command({
      name: "test.field-refusal",
      policy: { kind: "admin" },
      input: z.object({ slug: recordId }),
      run: async (tx, _a, input) => {
        await tx.pageContent.create({ data: { slug: input.slug, title: "x", body: "" } });
        return refuse("TAKEN");
      },
      refusals: { TAKEN: { field: "slug", message: "Adressen er i brug." } },
    });
    const s = slug();
    expect((await execute(cmd, { slug: s }, as(admin))).result).toEqual({
      ok: false,
      code: "TAKEN",
      message: INVALID_INPUT,
      fieldErrors: { slug: ["Adressen er i brug."] },
    });
    expect(await rowOf(s)).toBeNull();
  });

  it("the audit row is part of the transaction: when writing it fails, the change is rolled back too", async () => {
    const s = slug();
    const cmd = command({
      ...writeContent,
      name: "test.audit-fails",
      audit: {
        verb: "content.update",
        entity: (input) => ({ type: "PageContent", id: input.slug }),
        details: () => {
          throw new Error("audit broke");
        },
      },
    });
    expect((await execute(cmd, { slug: s, title: "x" }, as(admin))).result).toEqual({ ok: false, code: "ERROR", message: GENERIC_ERROR });
    expect(await rowOf(s)).toBeNull();
  });

  it("the audit verb may depend on the input and the data", async () => {
    const s = slug();
    const cmd = command({
      ...writeContent,
      name: "test.audit-verb",
      audit: { verb: () => "settings.update", entity: () => ({ type: "Settings", id: s }) },
    });
    await execute(cmd, { slug: s, title: "x" }, as(admin));
    expect(await db.auditEvent.findMany({ where: { entityId: s }, select: { action: true, entityType: true, details: true } })).toEqual([
      { action: "settings.update", entityType: "Settings", details: null },
    ]);
  });
});

describe("failures", () => {
  const secret = "Hemmelig Hansen 12345678";

  it("a throwing run() → ERROR with the Danish generic message; nothing kept; the log names only the command and the error kind", async () => {
    const s = slug();
    const cmd = command({
      name: "test.throws",
      policy: { kind: "admin" },
      input: z.object({ slug: recordId, title: plainText({ max: 80 }) }),
      run: async (tx, _a, input) => {
        await tx.pageContent.create({ data: { slug: input.slug, title: input.title, body: "" } });
        throw new TypeError(`kunne ikke behandle ${input.title}`);
      },
      refusals: {},
    });
    const execution = await execute(cmd, { slug: s, title: secret }, as(admin));
    expect(execution).toEqual({ result: { ok: false, code: "ERROR", message: GENERIC_ERROR }, changes: [] });
    expect(await rowOf(s)).toBeNull();
    const lines = loggedLines();
    expect(lines).toEqual(["[command] test.throws failed: TypeError"]);
    for (const line of lines) {
      expect(line).not.toContain("Hemmelig");
      expect(line).not.toContain(s);
      expect(line).not.toMatch(/\n\s+at /);
    }
  });

  it("a Prisma error is logged with its kind and code, not its message (which quotes values)", async () => {
    const s = slug();
    await db.pageContent.create({ data: { slug: s, title: "findes", body: "" } });
    const cmd = command({
      name: "test.duplicate",
      policy: { kind: "admin" },
      input: z.object({ slug: recordId }),
      run: async (tx, _a, input) => {
        await tx.pageContent.create({ data: { slug: input.slug, title: secret, body: secret } });
        return done();
      },
      refusals: {},
    });
    expect((await execute(cmd, { slug: s }, as(admin))).result).toEqual({ ok: false, code: "ERROR", message: GENERIC_ERROR });
    const lines = loggedLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[command\] test\.duplicate failed: \w+( P\d{4})?$/);
    expect(lines[0]).not.toContain(secret);
  });

  it("an unwritable database → UNAVAILABLE with its own Danish message", async () => {
    const cmd = command({
      name: "test.readonly",
      policy: { kind: "admin" },
      input: z.object({}),
      run: async () => {
        throw new Error("SqliteError: attempt to write a readonly database");
      },
      refusals: {},
    });
    expect((await execute(cmd, {}, as(admin))).result).toEqual({ ok: false, code: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE });
  });

  it("a busy database: the transaction is tried again, and only a lasting lock answers BUSY", async () => {
    let calls = 0;
    const flaky = command({
      name: "test.busy-twice",
      policy: { kind: "admin" },
      input: z.object({}),
      run: async (tx) => {
        calls += 1;
        await tx.pageContent.create({ data: { slug: `busy-${calls}`, title: "T", body: "B" } });
        if (calls <= 2) throw new Error("SqliteError: database is locked (SQLITE_BUSY)");
        return done();
      },
      refusals: {},
    });
    expect((await execute(flaky, {}, as(admin))).result.ok).toBe(true);
    expect(calls).toBe(3);
    // The failed attempts rolled back: only the third attempt's row is there.
    expect((await db.pageContent.findMany({ where: { slug: { startsWith: "busy-" } }, select: { slug: true } })).map((p) => p.slug)).toEqual([
      "busy-3",
    ]);

    const stuck = command({
      name: "test.busy-always",
      policy: { kind: "admin" },
      input: z.object({}),
      run: async () => {
        throw new Error("SqliteError: database is locked (SQLITE_BUSY)");
      },
      refusals: {},
    });
    expect((await execute(stuck, {}, as(admin))).result).toEqual({ ok: false, code: "BUSY", message: BUSY_MESSAGE });
  });

  it("slow preparation runs before the transaction and hands its result to run()", async () => {
    const order: string[] = [];
    const cmd = command({
      name: "test.prepare",
      policy: { kind: "admin" },
      input: z.object({ n: z.number() }),
      prepare: async (input) => {
        order.push("prepare");
        return input.n * 2;
      },
      run: async (_tx, _a, _input, doubled) => {
        order.push(`run ${doubled}`);
        return done(doubled);
      },
      result: (d) => d,
      refusals: {},
    });
    expect((await execute(cmd, { n: 21 }, as(admin))).result).toEqual({ ok: true, data: 42 });
    expect(order).toEqual(["prepare", "run 42"]);
  });

  it("a refusal code with no message is an error of the command, not a blank message", async () => {
    const cmd = command({
      name: "test.unworded",
      policy: { kind: "admin" },
      input: z.object({}),
      run: async () => refuse("UNWORDED" as never),
      refusals: {},
    });
    expect((await execute(cmd, {}, as(admin))).result).toEqual({ ok: false, code: "ERROR", message: GENERIC_ERROR });
    expect(loggedLines()).toEqual(["[command] test.unworded failed: Error"]);
  });

  it("a failing `after` leaves the change committed and the result ok; it is logged without the input", async () => {
    const s = slug();
    const seenInAfter: unknown[] = [];
    const cmd = command({
      ...writeContent,
      name: "test.after-fails",
      after: async (input, data, actor) => {
        // After commit: the row is visible outside the transaction.
        seenInAfter.push((await rowOf(input.slug))?.title, data.secret, actor?.id);
        throw new Error(`mail til ${input.title} fejlede`);
      },
    });
    const execution = await execute(cmd, { slug: s, title: secret }, as(admin));
    expect(execution.result).toEqual({ ok: true, data: { slug: s } });
    expect(execution.changes).toEqual([{ kind: "content", slug: s }]);
    expect(seenInAfter).toEqual([secret, "kun til serveren", admin.id]);
    expect(await rowOf(s)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: s } })).toBe(1);
    expect(loggedLines()).toEqual(["[command] test.after-fails (after commit) failed: Error"]);
  });

  it("`after` does not run when run() refuses", async () => {
    const after = vi.fn(async () => undefined);
    await execute(command({ ...writeContent, name: "test.after-refused", after }), { slug: slug(), title: "x", refuse: true }, as(admin));
    expect(after).not.toHaveBeenCalled();
  });
});

describe("public commands", () => {
  const publicWrite = (scope: string, withEmail = false) =>
    command({
      name: "test.public",
      policy: { kind: "public", rateLimit: { scope, ...(withEmail ? { email: (input: { email: string }) => input.email } : {}) } },
      input: z.object({ slug: recordId, email: z.email().optional().default("x@example.dk") }),
      run: async (tx, actor, input) => {
        await tx.pageContent.create({ data: { slug: input.slug, title: "Offentlig", body: "", updatedByUserId: actor?.id ?? null } });
        return done();
      },
      refusals: {},
    });
  const hitsFor = (scope: string) => db.rateLimitHit.count({ where: { key: { startsWith: `${scope}:` } } });

  it("a filled honeypot on a posted form → HONEYPOT: nothing written, no rate-limit hit taken", async () => {
    const scope = slug();
    const s = slug();
    const form = new FormData();
    form.set("slug", s);
    form.set(HONEYPOT_FIELD, "http://spam.example");
    expect((await execute(publicWrite(scope), form, ANON)).result).toEqual({ ok: false, code: "HONEYPOT", message: HONEYPOT_MESSAGE });
    expect(await rowOf(s)).toBeNull();
    expect(await hitsFor(scope)).toBe(0);
  });

  it("an empty (or blank) honeypot passes; anonymous callers reach run() with no actor", async () => {
    const scope = slug();
    const s = slug();
    const form = new FormData();
    form.set("slug", s);
    form.set(HONEYPOT_FIELD, "  ");
    expect((await execute(publicWrite(scope), form, ANON)).result).toEqual({ ok: true, data: undefined });
    expect(await rowOf(s)).toMatchObject({ updatedByUserId: null });
  });

  it(`the rate limit: ${RATE_LIMIT_MAX} submissions per address, then RATE_LIMITED and nothing written; another address is not affected`, async () => {
    const scope = slug();
    const cmd = publicWrite(scope);
    for (let i = 0; i < RATE_LIMIT_MAX; i++) expect((await execute(cmd, { slug: slug() }, ANON)).result.ok).toBe(true);
    const s = slug();
    expect((await execute(cmd, { slug: s }, ANON)).result).toEqual({ ok: false, code: "RATE_LIMITED", message: RATE_LIMITED_MESSAGE });
    expect(await rowOf(s)).toBeNull();
    expect((await execute(cmd, { slug: slug() }, { actor: null, clientIp: "198.51.100.99" })).result.ok).toBe(true);
  });

  it("the limit per email holds across addresses, and the key is a hash, never the address", async () => {
    const scope = slug();
    const cmd = publicWrite(scope, true);
    const email = "gentager@example.dk";
    for (let i = 0; i < RATE_LIMIT_MAX; i++) {
      expect((await execute(cmd, { slug: slug(), email }, { actor: null, clientIp: `198.51.100.${10 + i}` })).result.ok).toBe(true);
    }
    expect((await execute(cmd, { slug: slug(), email: "GENTAGER@Example.DK" }, { actor: null, clientIp: "198.51.100.200" })).result).toMatchObject({
      code: "RATE_LIMITED",
    });
    const keys = (await db.rateLimitHit.findMany({ where: { key: { startsWith: `${scope}:` } }, select: { key: true } })).map((h) => h.key);
    expect(keys.some((k) => k.includes("gentager"))).toBe(false);
  });

  it("link commands are rate limited per address too", async () => {
    const scope = slug();
    const cmd = command({
      name: "test.link",
      policy: { kind: "link", rateLimit: { scope } },
      input: z.object({ token: recordId }),
      run: async () => refuse("BAD_LINK"),
      refusals: { BAD_LINK: "Linket virker ikke." },
    });
    for (let i = 0; i < RATE_LIMIT_MAX; i++) expect((await execute(cmd, { token: "t" }, ANON)).result).toMatchObject({ code: "BAD_LINK" });
    expect((await execute(cmd, { token: "t" }, ANON)).result).toMatchObject({ code: "RATE_LIMITED" });
  });

  const linkCommand = (scope: string) =>
    command({
      name: "test.link",
      policy: { kind: "link", rateLimit: { scope } },
      input: z.object({ token: recordId }),
      run: async () => refuse("BAD_LINK"),
      refusals: { BAD_LINK: "Linket virker ikke." },
    });
  const UNKNOWN: Caller = { actor: null, clientIp: null };

  it(`link commands from unknown addresses share one bucket per scope: ${RATE_LIMIT_UNKNOWN_ADDRESS_MAX}, then RATE_LIMITED`, async () => {
    const scope = slug();
    const cmd = linkCommand(scope);
    for (let i = 0; i < RATE_LIMIT_UNKNOWN_ADDRESS_MAX; i++) {
      expect((await execute(cmd, { token: `t${i}` }, UNKNOWN)).result, `try ${i + 1}`).toMatchObject({ code: "BAD_LINK" });
    }
    expect((await execute(cmd, { token: "t" }, UNKNOWN)).result).toEqual({ ok: false, code: "RATE_LIMITED", message: RATE_LIMITED_MESSAGE });
    expect(await db.rateLimitHit.count({ where: { key: `${scope}:unknown-address` } })).toBe(RATE_LIMIT_UNKNOWN_ADDRESS_MAX);
    // A caller whose address is known has its own limit; another scope has its own bucket.
    expect((await execute(cmd, { token: "t" }, ANON)).result).toMatchObject({ code: "BAD_LINK" });
    expect((await execute(linkCommand(slug()), { token: "t" }, UNKNOWN)).result).toMatchObject({ code: "BAD_LINK" });
  });

  it("twenty simultaneous link uses from unknown addresses near the limit: exactly the rest get through", async () => {
    const scope = slug();
    const cmd = linkCommand(scope);
    const left = 5;
    for (let i = 0; i < RATE_LIMIT_UNKNOWN_ADDRESS_MAX - left; i++) await execute(cmd, { token: "t" }, UNKNOWN);
    const results = await Promise.all(Array.from({ length: 20 }, () => execute(cmd, { token: "t" }, UNKNOWN)));
    expect(results.filter((r) => !r.result.ok && r.result.code === "BAD_LINK")).toHaveLength(left);
    expect(results.filter((r) => !r.result.ok && r.result.code === "RATE_LIMITED")).toHaveLength(20 - left);
  });

  it("a public command with an email and no known address counts the email only, not the shared bucket", async () => {
    const scope = slug();
    expect((await execute(publicWrite(scope, true), { slug: slug(), email: "uden-adresse@example.dk" }, UNKNOWN)).result.ok).toBe(true);
    const keys = (await db.rateLimitHit.findMany({ where: { key: { startsWith: `${scope}:` } }, select: { key: true } })).map((h) => h.key);
    expect(keys).toEqual([expect.stringMatching(new RegExp(`^${scope}:email:[0-9a-f]{64}$`))]);
  });
});

describe("revalidationsFor: a change → the pages that show it", () => {
  it.each<[string, Change[], ReturnType<typeof revalidationsFor>]>([
    ["nothing", [], []],
    [
      "a group with a slug: the catalogue and its cached copies, the group's pages and calendar, the feeds and the admin",
      [{ kind: "group", id: "g1", slug: "sorg" }],
      [
        { path: "/grupper" },
        { path: CACHED_CATALOGUE_ROUTE, type: "page" },
        { path: "/grupper/sorg" },
        { path: "/grupper/sorg/ansoeg" },
        { path: "/grupper/sorg/kalender.ics" },
        { path: "/grupper.json" },
        { path: "/sitemap.xml" },
        { path: "/admin", type: "layout" },
      ],
    ],
    [
      "a group without a slug",
      [{ kind: "group", id: "g1", slug: null }],
      [
        { path: "/grupper" },
        { path: CACHED_CATALOGUE_ROUTE, type: "page" },
        { path: "/grupper.json" },
        { path: "/sitemap.xml" },
        { path: "/admin", type: "layout" },
      ],
    ],
    ["a page text: the page itself and the admin", [{ kind: "content", slug: "om-os" }], [{ path: "/om-os" }, { path: "/admin", type: "layout" }]],
    ["settings: the whole site", [{ kind: "settings" }], [{ path: "/", type: "layout" }]],
    ...(["application", "member", "facilitator"] as const).map((kind): [string, Change[], ReturnType<typeof revalidationsFor>] => [
      `a ${kind}: the admin only`,
      [{ kind, id: "x" }],
      [{ path: "/admin", type: "layout" }],
    ]),
    ...(["members", "users", "outbox", "audit", "calendar-feed"] as const).map((kind): [string, Change[], ReturnType<typeof revalidationsFor>] => [
      `${kind}: the admin only`,
      [{ kind }],
      [{ path: "/admin", type: "layout" }],
    ]),
  ])("%s", (_name, changes, expected) => {
    expect(revalidationsFor(changes)).toEqual(expected);
  });

  it("each page once, however many changes show on it", () => {
    const paths = revalidationsFor([
      { kind: "application", id: "a1" },
      { kind: "group", id: "g1", slug: "sorg" },
      { kind: "group", id: "g1", slug: "sorg" },
      { kind: "group", id: "g2", slug: "skilsmisse" },
      { kind: "member", id: "m1" },
      { kind: "settings" },
    ]);
    expect(paths).toEqual([
      { path: "/admin", type: "layout" },
      { path: "/grupper" },
      { path: CACHED_CATALOGUE_ROUTE, type: "page" },
      { path: "/grupper/sorg" },
      { path: "/grupper/sorg/ansoeg" },
      { path: "/grupper/sorg/kalender.ics" },
      { path: "/grupper.json" },
      { path: "/sitemap.xml" },
      { path: "/grupper/skilsmisse" },
      { path: "/grupper/skilsmisse/ansoeg" },
      { path: "/grupper/skilsmisse/kalender.ics" },
      { path: "/", type: "layout" },
    ]);
  });

  it("a page and a layout with the same path are two revalidations", () => {
    expect(revalidationsFor([{ kind: "content", slug: "" }, { kind: "settings" }])).toEqual([
      { path: "/" },
      { path: "/admin", type: "layout" },
      { path: "/", type: "layout" },
    ]);
  });
});
