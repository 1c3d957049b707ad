import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import GroupsPage from "@/app/admin/grupper/page";
import NewGroupPage from "@/app/admin/grupper/ny/page";
import GroupPage from "@/app/admin/grupper/[id]/page";
import EditGroupPage from "@/app/admin/grupper/[id]/rediger/page";
import FacilitatorsPage from "@/app/admin/igangsaettere/page";
import FacilitatorPage from "@/app/admin/igangsaettere/[id]/page";
import MyGroupsPage from "@/app/admin/mine-grupper/page";
import MyGroupPage from "@/app/admin/mine-grupper/[id]/page";
import { createAuthzWorld } from "./authorization/world";
import { clearAllTables } from "../helpers/lifecycle-fixtures";
import { signInAs } from "../helpers/request";

type World = Awaited<ReturnType<typeof createAuthzWorld>>;
let world: World;

beforeEach(async () => {
  await clearAllTables();
  world = await createAuthzWorld();
});

/** Where the page sends the caller, or null when it renders. */
async function redirectOf(render: () => Promise<unknown>): Promise<string | null> {
  try {
    await render();
    return null;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2];
  }
}

const p = <T>(v: T) => Promise.resolve(v);
const adminPages: [string, (w: World) => Promise<unknown>][] = [
  ["/admin/grupper", () => GroupsPage({ searchParams: p({ fase: "opstart" }) })],
  ["/admin/grupper/ny", () => NewGroupPage()],
  ["/admin/grupper/[id]", (w) => GroupPage({ params: p({ id: w.groupA.id }), searchParams: p({}) })],
  ["/admin/grupper/[id]/rediger", (w) => EditGroupPage({ params: p({ id: w.groupA.id }) })],
  ["/admin/igangsaettere", () => FacilitatorsPage({ searchParams: p({ ledige: "1" }) })],
  ["/admin/igangsaettere/[id]", (w) => FacilitatorPage({ params: p({ id: w.facilitatorA.facilitator.id }) })],
];

describe("page access", () => {
  it.each(adminPages)("%s: anonymous → /login, facilitator → no access, administrator → renders", async (_path, render) => {
    signInAs(null);
    expect(await redirectOf(() => render(world))).toBe("/login");
    signInAs(world.facilitatorA.user.id);
    expect(await redirectOf(() => render(world))).toBe("/admin/ingen-adgang");
    signInAs(world.admin.id);
    expect(await redirectOf(() => render(world))).toBeNull();
  });

  it("mine grupper: a facilitator opens their own group but not another's", async () => {
    signInAs(null);
    expect(await redirectOf(() => MyGroupsPage())).toBe("/login");
    signInAs(world.facilitatorA.user.id);
    expect(await redirectOf(() => MyGroupsPage())).toBeNull();
    expect(await redirectOf(() => MyGroupPage({ params: p({ id: world.groupA.id }) }))).toBeNull();
    expect(await redirectOf(() => MyGroupPage({ params: p({ id: world.groupB.id }) }))).toBe("/admin/ingen-adgang");
    signInAs(world.facilitatorB.user.id);
    expect(await redirectOf(() => MyGroupPage({ params: p({ id: world.groupA.id }) }))).toBe("/admin/ingen-adgang");
  });

  it("mine grupper: an administrator without a facilitator record is sent to the admin group page", async () => {
    signInAs(world.admin.id);
    expect(await redirectOf(() => MyGroupPage({ params: p({ id: world.groupA.id }) }))).toBe(`/admin/grupper/${world.groupA.id}`);
  });
});

describe("the next step on a group's pages", () => {
  const adminHtml = async (id: string) => renderToStaticMarkup(await GroupPage({ params: p({ id }), searchParams: p({}) }));
  const facilitatorHtml = async (id: string) => renderToStaticMarkup(await MyGroupPage({ params: p({ id }) }));

  it("a planned group shows what it needs to start, and neither the withdrawal checklist nor the readiness form", async () => {
    await db.group.update({ where: { id: world.groupA.id }, data: { state: "PLANNED" } });
    signInAs(world.admin.id);
    const admin = await adminHtml(world.groupA.id);
    expect(admin).toContain("Før gruppen kan starte:");
    expect(admin).toContain("Gruppen har 1–2 igangsættere tildelt (1 tildelt)");
    expect(admin).toContain("Gruppen samles:");
    expect(admin).not.toContain("Før igangsætterne kan begynde at trække sig");
    expect(admin).not.toMatch(/kontaktperson|spilleregler|Gem parathedstjek/i);

    signInAs(world.facilitatorA.user.id);
    const mine = await facilitatorHtml(world.groupA.id);
    expect(mine).toContain("Før gruppen kan starte");
    expect(mine).toContain("Koordinatoren starter gruppen");
    expect(mine).not.toMatch(/Før I begynder at trække jer|Gem parathedstjek/);
  });

  it("a group in start-up shows the readiness check before the withdrawal, not the start checklist", async () => {
    signInAs(world.admin.id);
    const admin = await adminHtml(world.groupA.id);
    expect(admin).toContain("Før igangsætterne kan begynde at trække sig:");
    expect(admin).toContain("Gem parathedstjek");
    expect(admin).not.toContain("Før gruppen kan starte");

    signInAs(world.facilitatorA.user.id);
    const mine = await facilitatorHtml(world.groupA.id);
    expect(mine).toContain("Før I begynder at trække jer");
    expect(mine).not.toContain("Før gruppen kan starte");
  });
});
