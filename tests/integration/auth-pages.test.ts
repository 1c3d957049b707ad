import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireAdminPage, requireGroupAccessPage, requireUserPage } from "@/lib/auth/session";
import { assignFacilitator, createAdmin, createFacilitator, createGroup } from "../helpers/fixtures";
import { signInAs } from "../helpers/request";

/** Where a page helper sent the visitor, or "rendered" when it let the page render. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "rendered";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? (error as Error).message);
    if (!/NEXT_REDIRECT/.test(digest)) throw error;
    return digest.split(";")[2];
  }
}

beforeEach(async () => {
  await db.facilitatorAssignment.deleteMany();
  await db.group.deleteMany();
  await db.facilitator.deleteMany();
  await db.user.deleteMany();
});

describe("the page helpers", () => {
  it("send anonymous visitors to the login page and the wrong role to 'no access'", async () => {
    const { user } = await createFacilitator();
    const group = await createGroup();
    signInAs(null);
    expect(await outcome(requireUserPage())).toBe("/login");
    expect(await outcome(requireAdminPage())).toBe("/login");
    expect(await outcome(requireGroupAccessPage(group.id))).toBe("/login");
    signInAs(user.id);
    expect(await outcome(requireUserPage())).toBe("rendered");
    expect(await outcome(requireAdminPage())).toBe("/admin/ingen-adgang");
  });

  it("let administrators and the group's own facilitators into a group's pages, former ones only when asked", async () => {
    const admin = await createAdmin();
    const own = await createFacilitator();
    const other = await createFacilitator();
    const former = await createFacilitator();
    const group = await createGroup();
    await assignFacilitator(group.id, own.facilitator.id);
    const old = await assignFacilitator(group.id, former.facilitator.id);
    await db.facilitatorAssignment.update({ where: { id: old.id }, data: { withdrawnAt: new Date() } });

    signInAs(admin.id);
    expect(await outcome(requireGroupAccessPage(group.id))).toBe("rendered");
    signInAs(own.user.id);
    expect(await outcome(requireGroupAccessPage(group.id))).toBe("rendered");
    signInAs(other.user.id);
    expect(await outcome(requireGroupAccessPage(group.id))).toBe("/admin/ingen-adgang");
    signInAs(former.user.id);
    expect(await outcome(requireGroupAccessPage(group.id))).toBe("/admin/ingen-adgang");
    expect(await outcome(requireGroupAccessPage(group.id, { includeFormer: true }))).toBe("rendered");
  });
});
