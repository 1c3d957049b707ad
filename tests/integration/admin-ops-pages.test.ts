import { beforeEach, describe, expect, it } from "vitest";
import ApplicationsInboxPage from "@/app/admin/ansoegninger/page";
import ApplicationPage from "@/app/admin/ansoegninger/[id]/page";
import MembersPage from "@/app/admin/medlemmer/page";
import MemberPage from "@/app/admin/medlemmer/[id]/page";
import { db } from "@/lib/db";
import { createAdmin, createApplication, createFacilitator, createGroup, createMember } from "../helpers/fixtures";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";
import { redirectOf, signInAs } from "../helpers/request";

describe("the application and member pages check the role themselves", () => {
  let ids: { application: string; member: string; admin: string; facilitator: string };

  beforeEach(async () => {
    await clearPeopleAndGroups();
    const group = await createGroup();
    const member = await createMember();
    const application = await createApplication(group.id, member.id);
    ids = { application: application.id, member: member.id, admin: (await createAdmin()).id, facilitator: (await createFacilitator()).user.id };
  });

  const pages: [string, () => Promise<unknown>][] = [
    ["/admin/ansoegninger", () => ApplicationsInboxPage({ searchParams: Promise.resolve({ status: "ny" }) })],
    ["/admin/ansoegninger/[id]", () => ApplicationPage({ params: Promise.resolve({ id: ids.application }) })],
    ["/admin/medlemmer", () => MembersPage({ searchParams: Promise.resolve({ liste: "udloeber" }) })],
    ["/admin/medlemmer/[id]", () => MemberPage({ params: Promise.resolve({ id: ids.member }) })],
  ];

  it.each(pages)("%s: anonymous → login, facilitator → no access, administrator → the page", async (_path, render) => {
    signInAs(null);
    expect(await redirectOf(render)).toBe("/login");
    signInAs(ids.facilitator);
    expect(await redirectOf(render)).toBe("/admin/ingen-adgang");
    expect(await db.auditEvent.count()).toBe(0);
    signInAs(ids.admin);
    expect(await redirectOf(render)).toBeNull();
  });

  it("audits opening the application and the member page", async () => {
    signInAs(ids.admin);
    await ApplicationPage({ params: Promise.resolve({ id: ids.application }) });
    await MemberPage({ params: Promise.resolve({ id: ids.member }) });
    const events = await db.auditEvent.findMany({ select: { action: true, entityId: true, actorUserId: true }, orderBy: { createdAt: "asc" } });
    expect(events).toEqual([
      { action: "application.view", entityId: ids.application, actorUserId: ids.admin },
      { action: "member.view", entityId: ids.member, actorUserId: ids.admin },
    ]);
  });
});
