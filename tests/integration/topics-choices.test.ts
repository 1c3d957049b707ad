import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import HomePage from "@/app/(public)/page";
import CataloguePage from "@/app/(public)/grupper/page";
import PublicGroupPage from "@/app/(public)/grupper/[slug]/page";
import InterestPage from "@/app/(public)/interesse/page";
import CatalogueSearchPage from "@/app/(public)/udvalg/soeg/page";
import InterestForRequestPage from "@/app/(public)/udvalg/interesse-valg/page";
import NewGroupPage from "@/app/admin/grupper/ny/page";
import EditGroupPage from "@/app/admin/grupper/[id]/rediger/page";
import TopicsPage from "@/app/admin/emner/page";
import { db } from "@/lib/db";
import { createGroup, updateGroup } from "@/lib/groups/actions";
import { registerInterest } from "@/lib/interest/actions";
import { retireTopic } from "@/lib/topics/actions";
import { validGroupInput } from "./authorization/groups.rows";
import { createAdmin, createFacilitator, createGroup as groupFixture } from "../helpers/fixtures";
import { redirectOf, signInAs } from "../helpers/request";
import { interestForm } from "../helpers/signup-fixtures";

// The write path refuses an unknown or a retired topic for anything new (no foreign key does it for
// us), and a retired topic stays on what has it: its groups' pages, their admin forms, their figures.
let n = 0;
const topic = async (retired = false) => {
  const i = ++n;
  return db.topic.create({
    data: {
      slug: `valg-${i}`,
      label: `Valgemne ${i}`,
      description: "Et emne til testen her.",
      sortOrder: 500 + i,
      retiredAt: retired ? new Date() : null,
    },
    select: { key: true, slug: true, label: true },
  });
};
const html = async (page: Promise<React.ReactNode>) => renderToStaticMarkup(await page);
const p = <T>(v: T) => Promise.resolve(v);

/** The topic choices a page hands its group form (a client component, not rendered here). */
function topicOptionsIn(node: unknown): { value: string; label: string }[] | null {
  if (!node || typeof node !== "object") return null;
  if (Array.isArray(node)) return node.map(topicOptionsIn).find(Boolean) ?? null;
  const props = (node as { props?: { topicOptions?: { value: string; label: string }[]; children?: unknown } }).props;
  return props?.topicOptions ?? topicOptionsIn(props?.children);
}

let adminId: string;
beforeEach(async () => {
  adminId = (await createAdmin()).id;
  signInAs(adminId);
});

describe("a new group", () => {
  it("is refused on an unknown or a retired topic, on the topic field, and nothing is written", async () => {
    const retired = await topic(true);
    const before = { groups: await db.group.count(), audit: await db.auditEvent.count({ where: { action: "group.create" } }) };
    expect(await createGroup({ ...validGroupInput, topic: "FINDES_IKKE" })).toMatchObject({
      ok: false,
      code: "UNKNOWN_TOPIC",
      fieldErrors: { topic: ["Vælg et emne fra listen."] },
    });
    expect(await createGroup({ ...validGroupInput, topic: retired.key })).toMatchObject({
      ok: false,
      code: "RETIRED_TOPIC",
      fieldErrors: { topic: ["Emnet er udgået. Vælg et andet emne."] },
    });
    expect(await db.group.count()).toBe(before.groups);
    expect(await db.auditEvent.count({ where: { action: "group.create" } })).toBe(before.audit);
  });

  it("is created on a topic an administrator added", async () => {
    const added = await topic();
    const result = await createGroup({ ...validGroupInput, name: `Gruppe om ${added.label}`, topic: added.key });
    expect(result).toMatchObject({ ok: true });
    expect(await db.group.count({ where: { topic: added.key } })).toBe(1);
  });
});

describe("an edited group", () => {
  it("keeps its topic after the topic is retired, but cannot move to a retired or unknown one", async () => {
    const own = await topic();
    const other = await topic(true);
    const group = await groupFixture({ topic: own.key, slug: `redigeret-${own.slug}` });
    expect(await retireTopic({ topicKey: own.key })).toEqual({ ok: true });
    const edit = (topicKey: string) => updateGroup({ groupId: group.id, ...validGroupInput, topic: topicKey });
    expect(await edit(own.key)).toEqual({ ok: true });
    expect(await edit(other.key)).toMatchObject({ ok: false, code: "RETIRED_TOPIC", fieldErrors: { topic: [expect.any(String)] } });
    expect(await edit("FINDES_IKKE")).toMatchObject({ ok: false, code: "UNKNOWN_TOPIC" });
    expect((await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { topic: true } })).topic).toBe(own.key);
    expect(await edit("GRIEF")).toEqual({ ok: true });
  });
});

describe("a new interest entry", () => {
  it("is refused on an unknown or a retired topic, writing nothing and sending nothing", async () => {
    const retired = await topic(true);
    const before = { interest: await db.interest.count(), outbox: await db.outboxEmail.count() };
    signInAs(null);
    expect(await registerInterest(null, interestForm({ topic: retired.key, email: "retired@example.dk" }))).toMatchObject({
      ok: false,
      code: "RETIRED_TOPIC",
      fieldErrors: { topic: ["Emnet er udgået. Vælg et andet emne."] },
    });
    expect(await registerInterest(null, interestForm({ topic: "FINDES_IKKE", email: "unknown@example.dk" }))).toMatchObject({
      ok: false,
      code: "UNKNOWN_TOPIC",
    });
    expect(await db.interest.count()).toBe(before.interest);
    expect(await db.outboxEmail.count()).toBe(before.outbox);
  });

  it("on an added topic, names it in the confirmation request", async () => {
    const added = await topic();
    signInAs(null);
    expect(await redirectOf(() => registerInterest(null, interestForm({ topic: added.key, email: "ny@example.dk" })))).toBe("/interesse/tak");
    expect(await db.interest.count({ where: { topic: added.key } })).toBe(1);
    expect((await db.outboxEmail.findFirstOrThrow({ where: { to: "ny@example.dk" } })).text).toContain(added.label.toLowerCase());
  });
});

describe("the pages after a topic is retired", () => {
  it("public: gone from the filter, the shortcuts and the interest form; the group's page still names it", async () => {
    const gone = await topic();
    await groupFixture({ topic: gone.key, slug: "paa-udgaaet-emne", state: "STARTING" });
    const option = `<option value="${gone.slug}">${gone.label}</option>`;
    expect(await html(CataloguePage())).toContain(option);
    expect(await html(HomePage())).toContain(`href="/grupper?emne=${gone.slug}"`);

    expect(await retireTopic({ topicKey: gone.key })).toEqual({ ok: true });
    signInAs(null);
    const catalogue = await html(CataloguePage());
    expect(catalogue).not.toContain(option);
    // The group still lists, with its topic's label on its card.
    expect(catalogue).toContain(`${gone.label} · Voksne`);
    expect(await html(HomePage())).not.toContain(`emne=${gone.slug}`);
    // An old link to the retired topic's filter (a topic added after the build: served per request)
    // shows the whole catalogue at its tidy address, and the interest form without it.
    expect(await redirectOf(() => CatalogueSearchPage({ searchParams: p({ emne: gone.slug }) }))).toBe("/grupper");
    expect(await html(InterestPage())).not.toContain(gone.label);
    const interest = await html(InterestForRequestPage({ searchParams: p({ emne: gone.slug }) }));
    expect(interest).not.toContain(gone.label);
    const page = await html(PublicGroupPage({ params: p({ slug: "paa-udgaaet-emne" }) }));
    expect(page).toContain(gone.label);
    expect(page).not.toContain(`emne=${gone.slug}`);
  });

  it("admin: the new-group form leaves it out, the edit form of a group on it offers it, marked", async () => {
    const gone = await topic(true);
    const group = await groupFixture({ topic: gone.key, slug: "admin-udgaaet" });
    const offered = topicOptionsIn(await NewGroupPage())!;
    expect(offered.map((o) => o.value)).toEqual(expect.arrayContaining(["GRIEF", "DIVORCE"]));
    expect(offered.map((o) => o.value)).not.toContain(gone.key);
    expect(topicOptionsIn(await EditGroupPage({ params: p({ id: group.id }) }))).toContainEqual({ value: gone.key, label: `${gone.label} (udgået)` });
  });
});

describe("the topic admin page", () => {
  it("sends anonymous callers to sign in and facilitators away; shows administrators every topic", async () => {
    signInAs(null);
    expect(await redirectOf(() => TopicsPage())).toBe("/login");
    signInAs((await createFacilitator()).user.id);
    expect(await redirectOf(() => TopicsPage())).toBe("/admin/ingen-adgang");
    signInAs(adminId);
    const retired = await topic(true);
    const page = await html(TopicsPage());
    for (const label of ["Sorg", "Pårørende", "Fysisk aktivitet", retired.label]) expect(page).toContain(label);
    expect(page).toContain("udgået");
  });
});
