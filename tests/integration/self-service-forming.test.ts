import { beforeEach, describe, expect, it, vi } from "vitest";
import { recordIntakeAction } from "@/lib/applications/actions";
import { db } from "@/lib/db";
import { FORMING_BATCH_LIMIT } from "@/lib/groups/forming";
import { getMemberSession } from "@/lib/member-session/session";
import * as self from "@/lib/self-service/actions";
import { getOwnPage } from "@/lib/self-service/view-data";
import { createAdmin, createApplication, createGroup, createMember } from "../helpers/fixtures";
import { applicant, COORDINATOR, coordinatorMails, plannedGroup } from "../helpers/forming-fixtures";
import { signInMember } from "../helpers/member-session";
import { signInAs } from "../helpers/request";
import { clearAll } from "../helpers/self-service-fixtures";

vi.mock("@/lib/member-session/cookie", async () => (await import("../helpers/member-session")).memberCookieMock);

const ownPage = async () => (await getOwnPage((await getMemberSession())!))!;
const formingOn = async (applicationId: string) => (await ownPage()).applications.find((a) => a.id === applicationId)!.forming;

/** Karen applied to a planned group of minimum 3 where two others have had their intake and one has not. */
async function karenInAFormingGroup() {
  const group = await plannedGroup(3, { name: "Sorggruppe under planlægning" });
  const others = [
    await applicant(group.id, { name: "Olaf Anden" }),
    await applicant(group.id, { name: "Petra Tredje", status: "WAITLISTED" }),
    await applicant(group.id, { name: "Ulla Uden", intake: false }),
  ];
  const karen = await createMember({ email: "karen@example.dk", name: "Karen Kendt" });
  const application = await createApplication(group.id, karen.id);
  await signInMember(karen.id);
  return { group, karen, application, others };
}

describe("how far a planned group is, on the applicant's own page", () => {
  beforeEach(clearAll);

  it("shows how many have had their intake of the minimum, never who, and the view is audited", async () => {
    const w = await karenInAFormingGroup();
    const page = await ownPage();
    expect(page.applications).toEqual([
      expect.objectContaining({ id: w.application.id, state: "RECEIVED", forming: { counted: 2, minimum: 3, needed: 1, includesYou: false } }),
    ]);
    const text = JSON.stringify(page);
    for (const o of w.others) {
      for (const trace of [o.member.name, o.member.email, o.member.id, o.application.id]) expect(text).not.toContain(trace);
    }
    expect(text).not.toContain(w.group.id);
    expect(await db.auditEvent.findMany({ select: { action: true, actorUserId: true, actorMemberId: true, entityId: true } })).toEqual([
      { action: "member.self-view", actorUserId: null, actorMemberId: w.karen.id, entityId: w.karen.id },
    ]);
  });

  it("counts the member in once their own intake is recorded, and shows no count once the group has started", async () => {
    const w = await karenInAFormingGroup();
    const admin = await createAdmin();
    signInAs(admin.id);
    expect(await recordIntakeAction({ applicationId: w.application.id, heldOn: "2026-11-20", byUserId: admin.id })).toMatchObject({ ok: true });
    signInAs(null);
    expect(await formingOn(w.application.id)).toEqual({ counted: 3, minimum: 3, needed: 0, includesYou: true });

    await db.group.update({ where: { id: w.group.id }, data: { state: "STARTING" } });
    expect(await formingOn(w.application.id)).toBeNull();
  });

  it("shows no count for a closed application or a group that is not planned", async () => {
    const w = await karenInAFormingGroup();
    const running = await createGroup({ state: "STARTING" });
    const toRunning = await createApplication(running.id, w.karen.id);
    const declinedGroup = await plannedGroup(3);
    const declined = await createApplication(declinedGroup.id, w.karen.id);
    await db.application.update({ where: { id: declined.id }, data: { status: "DECLINED" } });
    // An earlier, withdrawn application to the same planned group shows none, beside the open one that does.
    const earlier = await createApplication(w.group.id, w.karen.id);
    await db.application.update({ where: { id: earlier.id }, data: { status: "WITHDRAWN" } });
    const page = await ownPage();
    const byId = new Map(page.applications.map((a) => [a.id, a.forming]));
    expect(byId.get(toRunning.id)).toBeNull();
    expect(byId.get(declined.id)).toBeNull();
    expect(byId.get(earlier.id)).toBeNull();
    expect(byId.get(w.application.id)).toMatchObject({ needed: 1 });
  });

  it("counts the member out when they withdraw, and the coordinator's notice is reset so the next crossing tells again", async () => {
    const w = await karenInAFormingGroup();
    await db.settings.update({ where: { id: 1 }, data: { coordinatorEmail: COORDINATOR } });
    const admin = await createAdmin();
    signInAs(admin.id);
    await recordIntakeAction({ applicationId: w.application.id, heldOn: "2026-11-20", byUserId: admin.id });
    signInAs(null);
    expect((await db.group.findUniqueOrThrow({ where: { id: w.group.id } })).minimumReachedAt).not.toBeNull();
    expect(await coordinatorMails()).toHaveLength(1);

    expect(await self.withdrawApplication({ applicationId: w.application.id })).toMatchObject({ ok: true });
    expect((await db.group.findUniqueOrThrow({ where: { id: w.group.id } })).minimumReachedAt).toBeNull();
    expect(await formingOn(w.application.id)).toBeNull(); // withdrawn: no count shown
    expect(await db.auditEvent.count({ where: { action: "application.self-withdraw", actorMemberId: w.karen.id, actorUserId: null } })).toBe(1);
  });

  it("resets the notice when a counted member withdraws their consent", async () => {
    const w = await karenInAFormingGroup();
    await db.application.update({ where: { id: w.application.id }, data: { intakeHeldOn: new Date() } });
    await db.group.update({ where: { id: w.group.id }, data: { minimumReachedAt: new Date() } });
    expect(await self.withdrawConsent({ applicationId: w.application.id })).toMatchObject({ ok: true });
    expect((await db.group.findUniqueOrThrow({ where: { id: w.group.id } })).minimumReachedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "application.self-withdraw-consent", actorMemberId: w.karen.id } })).toBe(1);
  });

  it("reads more planned groups than one query takes, a page of groups at a time", async () => {
    const karen = await createMember({ email: "karen@example.dk", name: "Karen Kendt" });
    const ids: string[] = [];
    for (let i = 0; i <= FORMING_BATCH_LIMIT; i++) {
      const g = await plannedGroup(4, { slug: `plan-${i}` });
      ids.push((await createApplication(g.id, karen.id)).id);
    }
    await signInMember(karen.id);
    const page = await ownPage();
    expect(page.applications).toHaveLength(FORMING_BATCH_LIMIT + 1);
    expect(page.applications.every((a) => a.forming?.needed === 4)).toBe(true);
  });
});
