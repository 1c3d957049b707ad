import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AccessDenied } from "@/lib/auth/session";
import { recordIntakeAction } from "@/lib/applications/actions";
import { getApplicationForAdmin, listApplications } from "@/lib/applications/data";
import { createAdmin, createApplication, createFacilitator, createGroup, createMember } from "../helpers/fixtures";
import { clearPeopleAndGroups, fillSeats } from "../helpers/applications-fixtures";
import { signInAs } from "../helpers/request";

let adminId: string;

beforeEach(async () => {
  await clearPeopleAndGroups();
  adminId = (await createAdmin({ name: "Kirsten Koordinator" })).id;
  signInAs(adminId);
});

async function applicationWithMessage(groupId: string, status: "RECEIVED" | "WAITLISTED" = "RECEIVED") {
  const member = await createMember({ name: "Peter Ansøger" });
  const a = await createApplication(groupId, member.id, status);
  await db.application.update({ where: { id: a.id }, data: { message: "Min mor døde i foråret." } });
  return a;
}

describe("the inbox", () => {
  it("filters by status, intake and group, and shows no names or messages", async () => {
    const g1 = await createGroup({ name: "Sorg" });
    const g2 = await createGroup({ name: "Ensomhed" });
    const fresh = await applicationWithMessage(g1.id);
    const interviewed = await applicationWithMessage(g1.id);
    await db.application.update({ where: { id: interviewed.id }, data: { intakeHeldOn: new Date() } });
    const waiting = await applicationWithMessage(g2.id, "WAITLISTED");

    expect((await listApplications("ny")).map((r) => r.id)).toEqual([fresh.id]);
    expect((await listApplications("afventer-beslutning")).map((r) => r.id)).toEqual([interviewed.id]);
    expect((await listApplications("venteliste")).map((r) => r.id)).toEqual([waiting.id]);
    expect((await listApplications("alle", g2.id)).map((r) => r.id)).toEqual([waiting.id]);
    const serialised = JSON.stringify(await listApplications("alle"));
    expect(serialised).not.toContain("Min mor");
    expect(serialised).not.toContain("Peter");
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("is refused to facilitators", async () => {
    signInAs((await createFacilitator()).user.id);
    await expect(listApplications("ny")).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe("opening an application", () => {
  it("audits the view and returns contact, consents, free seats, message and history", async () => {
    const group = await createGroup({ capacity: 6 });
    await fillSeats(group.id, 2);
    const a = await applicationWithMessage(group.id);
    await recordIntakeAction({ applicationId: a.id, heldOn: "2026-02-01", byUserId: adminId });

    const detail = await getApplicationForAdmin(a.id);
    expect(detail).toMatchObject({
      message: "Min mor døde i foråret.",
      member: { name: "Peter Ansøger", postcode: "7400" },
      group: { capacity: 6, activeParticipants: 2 },
      consentConfidentialityVersion: "test",
      intakeByName: "Kirsten Koordinator",
    });
    expect(detail!.history.map((h) => [h.action, h.actorName])).toEqual([["application.intake", "Kirsten Koordinator"]]);
    expect(await db.auditEvent.count({ where: { action: "application.view", entityType: "Application", entityId: a.id, actorUserId: adminId } })).toBe(1);
    const audit = await db.auditEvent.findMany({ select: { action: true, entityType: true, entityId: true } });
    expect(JSON.stringify(audit)).not.toMatch(/Min mor|Peter/);
  });

  it("returns null for an unknown id without an audit row, and refuses a facilitator", async () => {
    expect(await getApplicationForAdmin("findes-ikke")).toBeNull();
    expect(await db.auditEvent.count()).toBe(0);
    const group = await createGroup();
    const a = await applicationWithMessage(group.id);
    signInAs((await createFacilitator()).user.id);
    await expect(getApplicationForAdmin(a.id)).rejects.toBeInstanceOf(AccessDenied);
    expect(await db.auditEvent.count()).toBe(0);
  });
});
