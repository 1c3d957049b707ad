import { beforeEach, describe, expect, it } from "vitest";
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
