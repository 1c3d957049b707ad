import { beforeEach, describe, expect, it, vi } from "vitest";
import { createGroup } from "@/lib/groups/actions";
import * as catalogue from "@/lib/groups/catalogue";
import { forgetKnownGroupSlugs, isKnownGroupSlug, KNOWN_SLUGS_TTL_MS, MISS_REFRESH_MS } from "@/lib/groups/known-slugs";
import { createAdmin, createGroup as groupFixture } from "../helpers/fixtures";
import { clearAllTables } from "../helpers/lifecycle-fixtures";
import { signInAs } from "../helpers/request";
import { validGroupInput } from "./authorization/groups.rows";

// The real read, counted: how often the list of slugs is read from the SQLite file.
vi.mock("@/lib/groups/catalogue", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/groups/catalogue")>();
  return { ...real, listGroupSlugs: vi.fn(real.listGroupSlugs) };
});
const reads = () => vi.mocked(catalogue.listGroupSlugs).mock.calls.length;

const randomSlug = () => `ukendt-${Math.random().toString(36).slice(2)}`;

// proxy.ts asks isKnownGroupSlug() for every /grupper/<slug> request; the list lives on globalThis.
describe("the list of group slugs proxy.ts checks", () => {
  let t = 0;
  beforeEach(async () => {
    await clearAllTables();
    // A clock far past anything before, so each test starts with a list that must be read anew.
    t += 10 * KNOWN_SLUGS_TTL_MS;
    vi.mocked(catalogue.listGroupSlugs).mockClear();
  });

  it("knows an existing group and not a random slug, with one read for fifty unknown slugs in a row", async () => {
    const group = await groupFixture();
    expect(await isKnownGroupSlug(group.slug, t)).toBe(true);
    for (let i = 0; i < 50; i++) expect(await isKnownGroupSlug(randomSlug(), t + i * 200)).toBe(false);
    expect(reads()).toBe(2); // the list at t and again at t + 5 s: every other miss came within MISS_REFRESH_MS of a read
  });

  it("answers fifty simultaneous unknown slugs with a single read", async () => {
    await groupFixture();
    const results = await Promise.all(Array.from({ length: 50 }, () => isKnownGroupSlug(randomSlug(), t)));
    expect(results.every((known) => !known)).toBe(true);
    expect(reads()).toBe(1);
  });

  it("finds a group another process created on the next miss read, at most MISS_REFRESH_MS later", async () => {
    expect(await isKnownGroupSlug(randomSlug(), t)).toBe(false);
    const group = await groupFixture(); // written straight to the file, as a script or another instance would
    expect(await isKnownGroupSlug(group.slug, t + MISS_REFRESH_MS - 1)).toBe(false);
    expect(await isKnownGroupSlug(group.slug, t + MISS_REFRESH_MS)).toBe(true);
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
