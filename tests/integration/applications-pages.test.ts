import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordIntakeAction } from "@/lib/applications/actions";
import { getApplicationForAdmin } from "@/lib/applications/data";
import { listApplications } from "@/lib/applications/inbox-data";
import { ADMIN_PAGE_SIZE } from "@/lib/pagination";
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
  it("filters by status, intake and group, and shows the applicant's name but no message", async () => {
    const g1 = await createGroup({ name: "Sorg" });
    const g2 = await createGroup({ name: "Ensomhed" });
    const fresh = await applicationWithMessage(g1.id);
    const interviewed = await applicationWithMessage(g1.id);
    await db.application.update({ where: { id: interviewed.id }, data: { intakeHeldOn: new Date() } });
    const waiting = await applicationWithMessage(g2.id, "WAITLISTED");

    const ids = async (...args: Parameters<typeof listApplications> extends [unknown, ...infer R] ? R : never) =>
      (await listApplications(admin, ...args)).rows.map((r) => r.id);
    expect(await ids("ny")).toEqual([fresh.id]);
    expect(await ids("afventer-beslutning")).toEqual([interviewed.id]);
    expect(await ids("venteliste")).toEqual([waiting.id]);
    // The group filter is part of a group's name, in any case, Danish letters included.
    expect(await ids("alle", { group: "ENSOM" })).toEqual([waiting.id]);
    expect(new Set(await ids("alle", { group: "sorg" }))).toEqual(new Set([fresh.id, interviewed.id]));
    expect(await ids("alle", { group: "kage" })).toEqual([]);
    const listed = (await listApplications(admin, "alle")).rows;
    expect(JSON.stringify(listed)).not.toContain("Min mor");
    expect(listed.map((r) => r.applicantName)).toEqual(["Peter Ansøger", "Peter Ansøger", "Peter Ansøger"]);
    expect(Object.keys(listed[0]).sort()).toEqual(["applicantName", "awaitsConfirmation", "createdAt", "group", "id", "intakeHeldOn", "status"]);
  });

  it("finds applications by part of the applicant's name (Danish letters in any case) or email, together with the tab and the group", async () => {
    const sorg = await createGroup({ name: "Sorg" });
    const ensom = await createGroup({ name: "Ensomhed" });
    const aase = await createMember({ name: "Åse Ærbødig", email: "aase@example.dk" });
    const jens = await createMember({ name: "Jens Hansen", email: "jens.h@foreningen.dk" });
    const a1 = await createApplication(sorg.id, aase.id);
    const a2 = await createApplication(ensom.id, aase.id, "WAITLISTED");
    const j1 = await createApplication(sorg.id, jens.id);
    const ids = async (filter: Parameters<typeof listApplications>[1], options: Parameters<typeof listApplications>[2]) =>
      new Set((await listApplications(admin, filter, options)).rows.map((r) => r.id));
    expect(await ids("alle", { q: "ÆRBØ" })).toEqual(new Set([a1.id, a2.id]));
    expect(await ids("alle", { q: "åse ær" })).toEqual(new Set([a1.id, a2.id]));
    expect(await ids("alle", { q: "foreningen" })).toEqual(new Set([j1.id]));
    expect(await ids("ny", { q: "ærbødig" })).toEqual(new Set([a1.id]));
    expect(await ids("alle", { q: "ærbødig", group: "ensom" })).toEqual(new Set([a2.id]));
    expect(await ids("alle", { q: "sø" })).toEqual(new Set());
    expect(await ids("alle", { q: "zzzz" })).toEqual(new Set());
    expect(await ids("alle", { q: "%" })).toEqual(new Set());
  });

  it("audits each listing with the page and whether it was searched, never the search text", async () => {
    await listApplications(admin, "ny", { q: "Hemmelig Person", page: 2 });
    const rows = await db.auditEvent.findMany({ select: { action: true, entityType: true, entityId: true, details: true, actorUserId: true } });
    expect(rows).toEqual([
      {
        action: "application.list",
        entityType: "Application",
        entityId: null,
        details: JSON.stringify({ page: 2, searched: true }),
        actorUserId: adminId,
      },
    ]);
  });
});

describe("the inbox at scale", () => {
  it("pages oldest first where someone waits, newest first otherwise, and finds a group by a Danish part of its name", async () => {
    const group = await createGroup({ name: "Pårørende på Ærø" });
    const other = await createGroup({ name: "Sorg" });
    const member = await createMember();
    const base = Date.UTC(2026, 0, 1);
    await db.application.createMany({
      data: Array.from({ length: ADMIN_PAGE_SIZE + 5 }, (_, i) => ({
        groupId: i % 5 === 0 ? other.id : group.id,
        memberId: member.id,
        status: "RECEIVED" as const,
        createdAt: new Date(base + Math.floor(i / 2) * 60_000),
        consentConfidentialityAt: new Date(),
        consentConfidentialityVersion: "t",
        consentSensitiveDataAt: new Date(),
        consentSensitiveDataVersion: "t",
        consentFeeAt: new Date(),
        consentFeeVersion: "t",
      })),
    });
    const first = await listApplications(admin, "ny", { page: 1 });
    const second = await listApplications(admin, "ny", { page: 2 });
    expect([first.rows.length, first.hasNext, second.rows.length, second.hasNext]).toEqual([ADMIN_PAGE_SIZE, true, 5, false]);
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(ADMIN_PAGE_SIZE + 5);
    expect(all.every((r, i) => i === 0 || r.createdAt >= all[i - 1].createdAt)).toBe(true);
    const newest = (await listApplications(admin, "alle")).rows;
    expect(newest[0].createdAt >= newest.at(-1)!.createdAt).toBe(true);
    const onAeroe = await listApplications(admin, "ny", { group: "ÆRØ", page: 1 });
    expect(onAeroe.rows.every((r) => r.group.id === group.id) && onAeroe.rows.length).toBe(44);
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
