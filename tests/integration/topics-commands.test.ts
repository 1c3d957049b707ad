import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTopic, moveTopic, restoreTopic, retireTopic, updateTopic } from "@/lib/topics/actions";
import { listTopics } from "@/lib/topics/data";
import { createAdmin, createFacilitator } from "../helpers/fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

// Every topic command through the pipeline, on SQLite and PostgreSQL. Topics are never deleted and
// clearAllTables keeps them, so each test makes the topics it changes (with its own slugs).
let n = 0;
const fresh = () => `emne-${++n}-${Math.random().toString(36).slice(2, 7)}`;
const made = (label = `Emne ${++n}`, retired = false) =>
  db.topic.create({
    data: { slug: fresh(), label, description: "Et emne, som testen har lavet.", sortOrder: 1000 + n, retiredAt: retired ? new Date() : null },
    select: { key: true, slug: true, label: true },
  });
const keysInOrder = async () => (await listTopics()).map((t) => t.key);
const audits = (action: string) => db.auditEvent.count({ where: { action } });

let adminId: string;
beforeEach(async () => {
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

describe("who may change topics", () => {
  it("refuses anonymous callers and facilitators on every command, writing nothing", async () => {
    const topic = await made();
    const calls = [
      () => createTopic({ label: "Stress", slug: "", description: "For dig, der er presset af stress." }),
      () => updateTopic({ topicKey: topic.key, label: "Nyt navn", description: "En ny beskrivelse her." }),
      () => moveTopic({ topicKey: topic.key, direction: "up" }),
      () => retireTopic({ topicKey: topic.key }),
      () => restoreTopic({ topicKey: topic.key }),
    ];
    const before = { topics: await listTopics(), audit: await db.auditEvent.count() };
    signInAs(null);
    for (const call of calls) expect(await call()).toMatchObject({ ok: false, code: "SIGNED_OUT", signIn: "/login" });
    signInAs((await createFacilitator()).user.id);
    for (const call of calls) expect(await call()).toMatchObject({ ok: false, code: "DENIED" });
    expect(await listTopics()).toEqual(before.topics);
    expect(await db.auditEvent.count()).toBe(before.audit);
    expect(revalidatedPaths()).toEqual([]);
  });
});

describe("creating a topic", () => {
  it("adds it last, with the slug made from the label, audited, and expires the cached list and every page", async () => {
    const label = `Angst ${fresh()}`;
    const result = await createTopic({ label, slug: "", description: "For dig, der lever med angst eller uro." });
    expect(result).toMatchObject({ ok: true, data: { slug: expect.stringMatching(/^angst-emne-/) } });
    const topics = await listTopics();
    expect(topics.at(-1)).toMatchObject({ label, description: "For dig, der lever med angst eller uro.", retired: false });
    expect(
      await db.auditEvent.count({ where: { action: "topic.create", actorUserId: adminId, entityType: "Topic", entityId: topics.at(-1)!.key } }),
    ).toBe(1);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["tag:topics", "/", "/grupper.json", "/sitemap.xml"]));
  });

  it("takes a typed slug in lower case", async () => {
    const slug = fresh();
    expect(await createTopic({ label: `Stress ${slug}`, slug: slug.toUpperCase(), description: "For dig, der er presset." })).toMatchObject({
      ok: true,
      data: { slug },
    });
  });

  it.each([
    [{ label: "" }, "label"],
    [{ label: "x".repeat(41) }, "label"],
    [{ label: "Angst\u202E" }, "label"],
    [{ slug: "Ikke gyldig!" }, "slug"],
    [{ slug: "-angst" }, "slug"],
    [{ slug: "æble" }, "slug"],
    [{ description: "Kort" }, "description"],
    [{ description: "x".repeat(241) }, "description"],
  ])("refuses %j with a Danish message on the field, writing nothing", async (overrides, field) => {
    const before = await listTopics();
    const result = await createTopic({ label: "Stress", slug: "", description: "For dig, der er presset af stress.", ...overrides });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { [field]: [expect.any(String)] } });
    expect(JSON.stringify(result)).not.toMatch(/Invalid|expected|String must/);
    expect(await listTopics()).toEqual(before);
  });

  it("refuses a slug another topic has (retired ones too), and a label another topic has in any case", async () => {
    const retired = await made(`Udgået ${fresh()}`, true);
    const before = await audits("topic.create");
    expect(await createTopic({ label: "Helt nyt navn", slug: "sorg", description: "For dig, der har mistet." })).toMatchObject({
      ok: false,
      code: "DUPLICATE_SLUG",
      fieldErrors: { slug: ["Et andet emne har allerede den adresse. Vælg en anden."] },
    });
    expect(await createTopic({ label: "Helt nyt navn", slug: retired.slug, description: "For dig, der har mistet." })).toMatchObject({
      code: "DUPLICATE_SLUG",
    });
    // "Skilsmisse" made into a slug is "skilsmisse", which DIVORCE has: the slug is the first thing refused.
    expect(await createTopic({ label: "SORG", slug: "sorg-igen", description: "For dig, der har mistet." })).toMatchObject({
      code: "DUPLICATE_LABEL",
      fieldErrors: { label: ["Der findes allerede et emne med det navn."] },
    });
    expect(await audits("topic.create")).toBe(before);
  });

  it("of two creates of one slug at the same moment, one wins and the other is told in Danish", async () => {
    const slug = fresh();
    const input = (label: string) => ({ label, slug, description: "For dig, der er presset af stress." });
    const results = await Promise.all([createTopic(input(`Stress A ${slug}`)), createTopic(input(`Stress B ${slug}`))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "DUPLICATE_SLUG", fieldErrors: { slug: [expect.stringContaining("allerede")] } });
    expect(await db.topic.count({ where: { slug } })).toBe(1);
  });
});

describe("renaming a topic", () => {
  it("changes label and description, keeps key and slug, audits and expires the list", async () => {
    const topic = await made();
    const label = `Omdøbt ${fresh()}`;
    expect(await updateTopic({ topicKey: topic.key, label, description: "En ny og bedre beskrivelse." })).toEqual({ ok: true });
    expect((await listTopics()).find((t) => t.key === topic.key)).toMatchObject({
      slug: topic.slug,
      label,
      description: "En ny og bedre beskrivelse.",
    });
    expect(await audits("topic.update")).toBeGreaterThan(0);
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["tag:topics", "/"]));
  });

  it("keeps its own label in another case, refuses another topic's label, an unknown topic and malformed input", async () => {
    const topic = await made(`Eget navn ${fresh()}`);
    expect(await updateTopic({ topicKey: topic.key, label: topic.label.toUpperCase(), description: "Samme emne, nyt udtryk." })).toEqual({
      ok: true,
    });
    expect(await updateTopic({ topicKey: topic.key, label: "Ensomhed", description: "Et forsøg på at tage et navn." })).toMatchObject({
      code: "DUPLICATE_LABEL",
    });
    expect(await updateTopic({ topicKey: "findes-ikke", label: "Noget nyt", description: "En beskrivelse her." })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "Emnet findes ikke.",
    });
    expect(await updateTopic({ topicKey: topic.key, label: "", description: "" })).toMatchObject({
      code: "INVALID",
      fieldErrors: { label: [expect.any(String)], description: [expect.any(String)] },
    });
    expect(await updateTopic({ label: "Uden id", description: "En beskrivelse her." })).toMatchObject({
      code: "INVALID",
      fieldErrors: { topicKey: ["Mangler id."] },
    });
  });
});

describe("ordering topics", () => {
  it("moves one place up and down, writing the whole order as 0, 1, 2 …", async () => {
    const a = await made();
    const b = await made();
    const start = await keysInOrder();
    expect(start.slice(-2)).toEqual([a.key, b.key]);
    expect(await moveTopic({ topicKey: b.key, direction: "up" })).toEqual({ ok: true });
    expect((await keysInOrder()).slice(-2)).toEqual([b.key, a.key]);
    expect(await moveTopic({ topicKey: b.key, direction: "down" })).toEqual({ ok: true });
    expect(await keysInOrder()).toEqual(start);
    const orders = (await db.topic.findMany({ select: { sortOrder: true }, orderBy: { sortOrder: "asc" } })).map((t) => t.sortOrder);
    expect(orders).toEqual(orders.map((_, i) => i));
    const moves = await db.auditEvent.findMany({ where: { action: "topic.move", entityId: b.key }, select: { details: true } });
    expect(moves.map((m) => JSON.parse(m.details ?? "{}"))).toEqual(expect.arrayContaining([{ direction: "up" }, { direction: "down" }]));
  });

  it("refuses the first up, the last down, an unknown topic and an unknown direction", async () => {
    const keys = await keysInOrder();
    expect(await moveTopic({ topicKey: keys[0], direction: "up" })).toMatchObject({
      code: "CANNOT_MOVE",
      message: expect.stringContaining("kan ikke flyttes"),
    });
    expect(await moveTopic({ topicKey: keys.at(-1), direction: "down" })).toMatchObject({ code: "CANNOT_MOVE" });
    expect(await moveTopic({ topicKey: "findes-ikke", direction: "up" })).toMatchObject({ code: "NOT_FOUND" });
    expect(await moveTopic({ topicKey: keys[1], direction: "sideways" })).toMatchObject({
      code: "INVALID",
      fieldErrors: { direction: ["Vælg op eller ned."] },
    });
    expect(await keysInOrder()).toEqual(keys);
  });
});

describe("retiring and restoring a topic", () => {
  it("retires (out of the public choices, the row stays) and restores, each audited", async () => {
    const topic = await made();
    expect(await retireTopic({ topicKey: topic.key })).toEqual({ ok: true });
    expect((await listTopics()).find((t) => t.key === topic.key)).toMatchObject({ retired: true });
    expect(await retireTopic({ topicKey: topic.key })).toMatchObject({ code: "ALREADY_RETIRED", message: "Emnet er allerede udgået." });
    expect(await restoreTopic({ topicKey: topic.key })).toEqual({ ok: true });
    expect((await listTopics()).find((t) => t.key === topic.key)).toMatchObject({ retired: false });
    expect(await restoreTopic({ topicKey: topic.key })).toMatchObject({ code: "NOT_RETIRED", message: "Emnet er allerede i brug." });
    expect(await audits("topic.retire")).toBeGreaterThan(0);
    expect(await audits("topic.restore")).toBeGreaterThan(0);
    expect(await retireTopic({ topicKey: "findes-ikke" })).toMatchObject({ code: "NOT_FOUND" });
    expect(await restoreTopic({})).toMatchObject({ code: "INVALID" });
  });

  it("keeps at least one topic in use", async () => {
    const active = (await listTopics()).filter((t) => !t.retired);
    const [keep, ...rest] = active;
    await db.topic.updateMany({ where: { key: { in: rest.map((t) => t.key) } }, data: { retiredAt: new Date() } });
    try {
      expect(await retireTopic({ topicKey: keep.key })).toMatchObject({
        ok: false,
        code: "LAST_ACTIVE",
        message: expect.stringContaining("mindst ét emne"),
      });
      expect((await listTopics()).find((t) => t.key === keep.key)).toMatchObject({ retired: false });
    } finally {
      await db.topic.updateMany({ where: { key: { in: rest.map((t) => t.key) } }, data: { retiredAt: null } });
    }
  });
});

describe("a topic is never deleted", () => {
  it("has no delete command, and the database refuses a DELETE", async () => {
    const commands = await import("@/lib/topics/commands");
    expect(Object.values(commands).map((c) => c.name)).toEqual(["topics.create", "topics.update", "topics.move", "topics.retire", "topics.restore"]);
    const topic = await made();
    await expect(db.topic.delete({ where: { key: topic.key } })).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`DELETE FROM "Topic" WHERE "key" = '${topic.key}'`)).rejects.toThrow(/never deleted/);
    expect(await db.topic.count({ where: { key: topic.key } })).toBe(1);
  });
});
