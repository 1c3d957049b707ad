import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordIntakeAction } from "@/lib/applications/actions";
import { getApplicationForAdmin, listApplications } from "@/lib/applications/data";
import { actorOf, createAdmin, createApplication, createGroup, createMember } from "../helpers/fixtures";
import { clearPeopleAndGroups, fillSeats } from "../helpers/applications-fixtures";
import { signInAs } from "../helpers/request";

let adminId: string;
let admin: Actor;

beforeEach(async () => {
  await clearPeopleAndGroups();
  adminId = (await createAdmin({ name: "Kirsten Koordinator" })).id;
  admin = await actorOf(adminId);
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

    expect((await listApplications(admin, "ny")).map((r) => r.id)).toEqual([fresh.id]);
    expect((await listApplications(admin, "afventer-beslutning")).map((r) => r.id)).toEqual([interviewed.id]);
    expect((await listApplications(admin, "venteliste")).map((r) => r.id)).toEqual([waiting.id]);
    expect((await listApplications(admin, "alle", g2.id)).map((r) => r.id)).toEqual([waiting.id]);
    const serialised = JSON.stringify(await listApplications(admin, "alle"));
    expect(serialised).not.toContain("Min mor");
    expect(serialised).not.toContain("Peter");
    expect(await db.auditEvent.count()).toBe(0);
  });
});

describe("opening an application", () => {
  it("audits the view and returns contact, consents, free seats, message and history", async () => {
    const group = await createGroup({ capacity: 6 });
    await fillSeats(group.id, 2);
    const a = await applicationWithMessage(group.id);
    await recordIntakeAction({ applicationId: a.id, heldOn: "2026-02-01", byUserId: adminId });

    const detail = await getApplicationForAdmin(admin, a.id);
    expect(detail).toMatchObject({
      message: "Min mor døde i foråret.",
      member: { name: "Peter Ansøger", postcode: "7400" },
      group: { capacity: 6, activeParticipants: 2 },
      consentConfidentialityVersion: "test",
      intakeByName: "Kirsten Koordinator",
    });
    expect(detail!.history.map((h) => [h.kind, h.actor?.name])).toEqual([["INTAKE", "Kirsten Koordinator"]]);
    expect(
      await db.auditEvent.count({ where: { action: "application.view", entityType: "Application", entityId: a.id, actorUserId: adminId } }),
    ).toBe(1);
    const audit = await db.auditEvent.findMany({ select: { action: true, entityType: true, entityId: true } });
    expect(JSON.stringify(audit)).not.toMatch(/Min mor|Peter/);
  });

  // Refusing facilitators is the page's job: tests/e2e/admin-routes covers /admin/ansoegninger/[id].
  it("returns null for an unknown id without an audit row", async () => {
    expect(await getApplicationForAdmin(admin, "findes-ikke")).toBeNull();
    expect(await db.auditEvent.count()).toBe(0);
  });
});
