import { beforeEach, describe, expect, it, vi } from "vitest";
import { createGroup } from "@/lib/groups/actions";
import * as catalogue from "@/lib/groups/catalogue";
import { forgetKnownGroupSlugs, isKnownGroupSlug, KNOWN_SLUGS_TTL_MS, MAX_REMEMBERED_MISSES, SLUG_RECHECK_MS } from "@/lib/groups/known-slugs";
import { createAdmin, createGroup as groupFixture } from "../helpers/fixtures";
import { clearAllTables } from "../helpers/lifecycle-fixtures";
import { signInAs } from "../helpers/request";
import { validGroupInput } from "./authorization/groups.rows";

// The real reads, counted: how often the list of slugs, and how often one slug, is read from the database.
vi.mock("@/lib/groups/catalogue", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/groups/catalogue")>();
  return { ...real, listGroupSlugs: vi.fn(real.listGroupSlugs), groupSlugExists: vi.fn(real.groupSlugExists) };
});
const reads = () => vi.mocked(catalogue.listGroupSlugs).mock.calls.length;
const realGroupSlugExists = vi.mocked(catalogue.groupSlugExists).getMockImplementation()!;
const lookups = () => vi.mocked(catalogue.groupSlugExists).mock.calls.length;

const randomSlug = () => `ukendt-${Math.random().toString(36).slice(2)}`;

// proxy.ts asks isKnownGroupSlug() for every /grupper/<slug> request; the list lives on globalThis.
describe("the list of group slugs proxy.ts checks", () => {
  let t = 0;
  beforeEach(async () => {
    await clearAllTables();
    // A clock far past anything before, so each test starts with a list that must be read anew.
    t += 10 * KNOWN_SLUGS_TTL_MS;
    vi.mocked(catalogue.listGroupSlugs).mockClear();
    vi.mocked(catalogue.groupSlugExists).mockClear();
    vi.mocked(catalogue.groupSlugExists).mockImplementation(realGroupSlugExists);
  });

  it("knows an existing group from the list and not a random slug; fifty unknown slugs never read the whole list again", async () => {
    const group = await groupFixture();
    expect(await isKnownGroupSlug(group.slug, t)).toBe(true);
    for (let i = 0; i < 50; i++) expect(await isKnownGroupSlug(randomSlug(), t + i * 200)).toBe(false);
    expect(reads()).toBe(1);
    expect(lookups()).toBe(50); // one indexed lookup per unknown slug, never the list
  });

  it("looks the same unknown slug up at most once per SLUG_RECHECK_MS, and once for simultaneous requests", async () => {
    await groupFixture();
    const slug = randomSlug();
    const results = await Promise.all(Array.from({ length: 50 }, () => isKnownGroupSlug(slug, t)));
    expect(results.every((known) => !known)).toBe(true);
    for (let i = 1; i < 10; i++) expect(await isKnownGroupSlug(slug, t + (i * SLUG_RECHECK_MS) / 10)).toBe(false);
    expect(lookups()).toBe(1);
    expect(await isKnownGroupSlug(slug, t + SLUG_RECHECK_MS)).toBe(false);
    expect(lookups()).toBe(2);
    expect(reads()).toBe(1);
  });

  it("finds a group another instance created on the very next request, however fresh the list is", async () => {
    expect(await isKnownGroupSlug(randomSlug(), t)).toBe(false); // the list was just read
    const group = await groupFixture(); // written straight to the database, as a script or another instance would
    expect(await isKnownGroupSlug(group.slug, t)).toBe(true);
    expect(await isKnownGroupSlug(group.slug, t + 1)).toBe(true);
    expect(lookups()).toBe(2); // the random slug and the new group once; then the new group is in the list
  });

  it("finds a group created within SLUG_RECHECK_MS of a miss for its slug once that time has passed", async () => {
    const slug = "snart-ny-gruppe";
    expect(await isKnownGroupSlug(slug, t)).toBe(false);
    await groupFixture({ slug });
    expect(await isKnownGroupSlug(slug, t + SLUG_RECHECK_MS - 1)).toBe(false);
    expect(await isKnownGroupSlug(slug, t + SLUG_RECHECK_MS)).toBe(true);
  });

  it("remembers a bounded number of missed slugs: random probes cannot grow it", async () => {
    const first = randomSlug();
    expect(await isKnownGroupSlug(first, t)).toBe(false);
    // Thousands of real reads would only make this slow: the probes' lookups answer "no" without the database.
    vi.mocked(catalogue.groupSlugExists).mockResolvedValue(false);
    for (let i = 0; i < MAX_REMEMBERED_MISSES; i++) await isKnownGroupSlug(`probe-${i}`, t);
    const count = lookups();
    expect(await isKnownGroupSlug(first, t)).toBe(false); // forgotten, so asked again
    expect(lookups()).toBe(count + 1);
    expect(await isKnownGroupSlug(`probe-${MAX_REMEMBERED_MISSES - 1}`, t)).toBe(false); // still remembered
    expect(lookups()).toBe(count + 1);
  });

  it("reads the list again when it is older than KNOWN_SLUGS_TTL_MS", async () => {
    const group = await groupFixture();
    expect(await isKnownGroupSlug(group.slug, t)).toBe(true);
    const count = reads();
    expect(await isKnownGroupSlug(group.slug, t + KNOWN_SLUGS_TTL_MS - 1)).toBe(true);
    expect(reads()).toBe(count);
    expect(await isKnownGroupSlug(group.slug, t + KNOWN_SLUGS_TTL_MS)).toBe(true);
    expect(reads()).toBe(count + 1);
  });

  it("knows a group created through the admin action at once, without waiting for any interval", async () => {
    signInAs((await createAdmin()).id);
    expect(await isKnownGroupSlug(randomSlug(), t)).toBe(false); // the list is fresh and a miss was just read
    const result = await createGroup({ ...validGroupInput, name: "Helt ny gruppe" });
    expect(result.ok).toBe(true);
    expect(await isKnownGroupSlug("helt-ny-gruppe", t)).toBe(true);
  });

  it("reads again when a group is created while an older read is under way", async () => {
    let finishOldRead: (slugs: string[]) => void = () => undefined;
    vi.mocked(catalogue.listGroupSlugs).mockImplementationOnce(() => new Promise((resolve) => (finishOldRead = resolve)));
    const first = isKnownGroupSlug(randomSlug(), t); // a read that began before the group existed
    const group = await groupFixture();
    forgetKnownGroupSlugs(); // the create commits
    const second = isKnownGroupSlug(group.slug, t); // arrives while the old read is still under way
    finishOldRead([]);
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(reads()).toBe(2);
  });
});
