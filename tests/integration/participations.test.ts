import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { endParticipation } from "@/lib/participations/actions";
import { revalidatedPaths, signInAs } from "../helpers/request";
import { assignFacilitator, createAdmin, createFacilitator, createGroup, createMember } from "../helpers/fixtures";

const today = () => new Date().toISOString().slice(0, 10);

describe("a participant leaves a group", () => {
  let adminId: string;
  let group: Awaited<ReturnType<typeof createGroup>>;
  let participationId: string;

  beforeEach(async () => {
    await db.participation.deleteMany();
    await db.group.deleteMany();
    adminId = (await createAdmin()).id;
    group = await createGroup({ capacity: 1 });
    const member = await createMember();
    participationId = (await db.participation.create({ data: { groupId: group.id, memberId: member.id, joinedAt: new Date("2026-01-10") } })).id;
  });

  it("frees the seat, clears the contact person, audits and revalidates the public pages", async () => {
    await db.group.update({ where: { id: group.id }, data: { contactParticipationId: participationId } });
    signInAs(adminId);
    expect(await endParticipation({ groupId: group.id, participationId, leftOn: today() })).toEqual({ ok: true });
    const p = await db.participation.findUniqueOrThrow({ where: { id: participationId } });
    expect(p.leftAt).toBeInstanceOf(Date);
    expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).contactParticipationId).toBeNull();
    expect(await db.participation.count({ where: { groupId: group.id, leftAt: null } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "participation.end", entityId: participationId } })).toBe(1);
    expect(revalidatedPaths()).toEqual([
      "/grupper",
      "/(public)/udvalg/grupper/[...filter]",
      `/grupper/${group.slug}`,
      `/grupper/${group.slug}/ansoeg`,
      `/grupper/${group.slug}/kalender.ics`,
      "/grupper.json",
      "/sitemap.xml",
      "/admin",
    ]);
  });

  it("lets the group's own facilitator record it", async () => {
    const { user, facilitator } = await createFacilitator();
    await assignFacilitator(group.id, facilitator.id);
    signInAs(user.id);
    expect(await endParticipation({ groupId: group.id, participationId, leftOn: today() })).toEqual({ ok: true });
  });

  it("refuses an anonymous caller and the facilitator of another group", async () => {
    const other = await createGroup();
    const { user, facilitator } = await createFacilitator();
    await assignFacilitator(other.id, facilitator.id);
    signInAs(null);
    expect(await endParticipation({ groupId: group.id, participationId, leftOn: today() })).toMatchObject({ ok: false, code: "SIGNED_OUT" });
    signInAs(user.id);
    expect(await endParticipation({ groupId: group.id, participationId, leftOn: today() })).toMatchObject({ ok: false, code: "DENIED" });
    // Naming their own group does not reach another group's participant.
    expect(await endParticipation({ groupId: other.id, participationId, leftOn: today() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.participation.findUniqueOrThrow({ where: { id: participationId } })).leftAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "participation.end", entityId: participationId } })).toBe(0);
  });

  it("refuses malformed input, a date before joining, a second ending and another group's participant, writing nothing", async () => {
    signInAs(adminId);
    const bad = await endParticipation({ groupId: group.id, participationId, leftOn: "ikke en dato" });
    expect(bad).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { leftOn: ["Skriv datoen, deltageren stoppede."] } });
    expect(await endParticipation({ groupId: group.id, participationId, leftOn: "2099-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { leftOn: ["Datoen kan ikke ligge i fremtiden."] },
    });
    const early = await endParticipation({ groupId: group.id, participationId, leftOn: "2025-12-01" });
    expect(early).toMatchObject({ ok: false, code: "BEFORE_JOINING", fieldErrors: { leftOn: ["Datoen ligger før deltageren kom i gruppen."] } });
    const other = await createGroup();
    expect(await endParticipation({ groupId: other.id, participationId, leftOn: today() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.participation.findUniqueOrThrow({ where: { id: participationId } })).leftAt).toBeNull();

    await endParticipation({ groupId: group.id, participationId, leftOn: today() });
    expect(await endParticipation({ groupId: group.id, participationId, leftOn: today() })).toEqual({
      ok: false,
      code: "ALREADY_ENDED",
      message: "Deltageren er allerede registreret som stoppet.",
    });
    expect(await db.auditEvent.count({ where: { action: "participation.end", entityId: participationId } })).toBe(1);
  });
});
