import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptApplicationAction, declineApplicationAction, recordIntakeAction, withdrawApplicationAction } from "@/lib/applications/actions";
import { markApplicationConfirmed } from "@/lib/confirmations/actions";
import { getPublicGroup, listCatalogue } from "@/lib/groups/catalogue";
import { listTopics } from "@/lib/topics/data";
import { FORMING_BATCH_LIMIT, formingProgress, listGroupsReadyToStart } from "@/lib/groups/forming";
import { countForming } from "@/lib/groups/forming-rules";
import { endParticipation } from "@/lib/participations/actions";
import { actorOf, createAdmin, createApplication, createFacilitator, createGroup, createMember, createPaidMembership } from "../helpers/fixtures";
import { clearAllTables } from "../helpers/db-tables";
import { applicant, COORDINATOR, coordinatorMails, plannedGroup, setCoordinatorEmail, waitingForIntake } from "../helpers/forming-fixtures";
import { revalidatedPaths, signInAs } from "../helpers/request";

let adminId: string;

beforeEach(async () => {
  await clearAllTables();
  adminId = (await createAdmin()).id;
  signInAs(adminId);
  await setCoordinatorEmail(COORDINATOR);
});

const intake = (applicationId: string) => recordIntakeAction({ applicationId, heldOn: "2026-01-15", byUserId: adminId });
const progressOf = async (groupId: string) => (await formingProgress([groupId])).get(groupId);

describe("formingProgress: what counts", () => {
  it("counts active participants and held, confirmed, open applications, each person once", async () => {
    const g = await plannedGroup(6);
    const inGroup = await createMember();
    await db.participation.create({ data: { groupId: g.id, memberId: inGroup.id } });
    const left = await createMember();
    await db.participation.create({ data: { groupId: g.id, memberId: left.id, leftAt: new Date() } });
    // The participant also has an open, held application: still one person.
    const again = await createApplication(g.id, inGroup.id);
    await db.application.update({ where: { id: again.id }, data: { intakeHeldOn: new Date() } });
    await applicant(g.id);
    await applicant(g.id, { status: "WAITLISTED" });
    await applicant(g.id, { intake: false });
    await applicant(g.id, { unconfirmed: true });
    for (const status of ["DECLINED", "WITHDRAWN"] as const) {
      const { application } = await applicant(g.id);
      await db.application.update({ where: { id: application.id }, data: { status } });
    }
    // the participant + the held applicant + the waitlisted one
    expect(await progressOf(g.id)).toEqual({ counted: 3, minimum: 6, needed: 3 });
  });

  it("gives planned groups only, for the ids asked, and refuses more than a page of groups", async () => {
    const planned = await plannedGroup(4);
    const started = await createGroup({ state: "STARTING" });
    const other = await plannedGroup(4);
    await applicant(other.id);
    const map = await formingProgress([planned.id, started.id, "findes-ikke", planned.id]);
    expect([...map.keys()]).toEqual([planned.id]);
    expect(map.get(planned.id)).toEqual({ counted: 0, minimum: 4, needed: 4 });
    expect((await formingProgress([])).size).toBe(0);
    const tooMany = Array.from({ length: FORMING_BATCH_LIMIT + 1 }, (_, i) => `id-${i}`);
    await expect(formingProgress(tooMany)).rejects.toThrow(RangeError);
  });

  it("says in SQL what the pure rule says, on mixed data for several groups", async () => {
    const statuses = ["RECEIVED", "WAITLISTED", "ACCEPTED", "DECLINED", "WITHDRAWN"] as const;
    const groups = [await plannedGroup(3), await plannedGroup(5), await plannedGroup(8)];
    const members = [];
    for (let i = 0; i < 6; i++) members.push(await createMember());
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (const g of groups) {
      for (let i = 0; i < 14; i++) {
        const member = members[next(members.length)];
        if (next(4) === 0) await db.participation.create({ data: { groupId: g.id, memberId: member.id, leftAt: next(3) === 0 ? new Date() : null } });
        else {
          const { application } = await applicant(g.id);
          await db.application.update({
            where: { id: application.id },
            data: {
              memberId: member.id,
              status: statuses[next(5)],
              intakeHeldOn: next(3) === 0 ? null : new Date(),
              awaitsConfirmation: next(4) === 0,
            },
          });
        }
      }
    }
    const map = await formingProgress(groups.map((g) => g.id));
    for (const g of groups) {
      const [participants, applications] = await Promise.all([
        db.participation.findMany({ where: { groupId: g.id, leftAt: null }, select: { memberId: true } }),
        db.application.findMany({ where: { groupId: g.id }, select: { memberId: true, status: true, awaitsConfirmation: true, intakeHeldOn: true } }),
      ]);
      const expected = countForming(
        participants.map((p) => p.memberId),
        applications.map((a) => ({ ...a, intakeHeld: a.intakeHeldOn !== null })),
      );
      expect(map.get(g.id)?.counted).toBe(expected);
    }
  });
});

describe("the public pages count at once", () => {
  it("an intake counts the applicant, and revalidates the group page, the catalogue and the admin", async () => {
    const g = await plannedGroup(3, { slug: "sorg-samles" });
    const [a] = await waitingForIntake(g.id, 1);
    expect((await getPublicGroup("sorg-samles"))?.forming).toEqual({ counted: 0, minimum: 3, needed: 3 });
    expect(await intake(a.id)).toEqual({ ok: true });
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper", "/grupper/sorg-samles", "/admin"]));
    expect((await getPublicGroup("sorg-samles"))?.forming?.needed).toBe(2);
    const card = (await listCatalogue({ openOnly: false }, await listTopics())).groups.find((x) => x.id === g.id);
    expect(card?.forming).toEqual({ counted: 1, minimum: 3, needed: 2 });
  });

  it("a running group shows no count on its page or card", async () => {
    const g = await createGroup({ state: "STARTING", slug: "i-gang" });
    await applicant(g.id);
    expect((await getPublicGroup("i-gang"))?.forming).toBeNull();
    expect((await listCatalogue({ openOnly: false }, await listTopics())).groups.find((x) => x.id === g.id)?.forming).toBeNull();
  });

  it("an admission keeps the count (the admitted person now counts as a participant) and revalidates the pages", async () => {
    const g = await plannedGroup(3, { slug: "optag-samles" });
    const { application, member } = await applicant(g.id);
    await createPaidMembership(member.id);
    expect((await progressOf(g.id))?.counted).toBe(1);
    expect(await acceptApplicationAction({ applicationId: application.id })).toEqual({ ok: true });
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper", "/grupper/optag-samles"]));
    expect((await progressOf(g.id))?.counted).toBe(1);
  });

  it("a declined or withdrawn applicant stops counting at once", async () => {
    const g = await plannedGroup(4, { slug: "afslag-samles" });
    const a = await applicant(g.id);
    const b = await applicant(g.id);
    expect((await progressOf(g.id))?.counted).toBe(2);
    await declineApplicationAction({ applicationId: a.application.id, reason: "NO_CONTACT" });
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper/afslag-samles"]));
    await withdrawApplicationAction({ applicationId: b.application.id });
    expect((await progressOf(g.id))?.counted).toBe(0);
  });

  it("a refused intake (anonymous, facilitator, malformed, unknown) changes neither the count nor the pages", async () => {
    const g = await plannedGroup(3);
    const [a] = await waitingForIntake(g.id, 1);
    signInAs(null);
    expect(await intake(a.id)).toMatchObject({ ok: false, code: "SIGNED_OUT" });
    signInAs((await createFacilitator()).user.id);
    expect(await intake(a.id)).toMatchObject({ ok: false, code: "DENIED" });
    signInAs(adminId);
    expect(await recordIntakeAction({ applicationId: a.id, heldOn: "ikke en dato", byUserId: adminId })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await intake("findes-ikke")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(revalidatedPaths()).toEqual([]);
    expect((await progressOf(g.id))?.counted).toBe(0);
    expect(await coordinatorMails()).toEqual([]);
  });
});

describe("the coordinator's one notice when a planned group reaches its minimum", () => {
  it("goes out once, with the intake that reaches it, names no group, and shows on the overview", async () => {
    const g = await plannedGroup(2);
    const [a, b, c] = await waitingForIntake(g.id, 3);
    await intake(a.id);
    expect(await coordinatorMails()).toEqual([]);
    await intake(b.id);
    const mails = await coordinatorMails();
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).not.toContain(g.name);
    expect(mails[0].text).not.toContain(g.name);
    expect(mails[0].text).toContain(`/admin/grupper/${g.id}`);
    await intake(c.id);
    expect(await coordinatorMails()).toHaveLength(1);
    const ready = await listGroupsReadyToStart(await actorOf(adminId));
    expect(ready).toMatchObject([{ id: g.id, name: g.name, progress: { counted: 3, minimum: 2, needed: 0 } }]);
  });

  it("is cleared when the count falls below the minimum, and goes out again on the next crossing", async () => {
    const g = await plannedGroup(2);
    const [a, b, c] = await waitingForIntake(g.id, 3);
    await intake(a.id);
    await intake(b.id);
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).minimumReachedAt).not.toBeNull();
    await declineApplicationAction({ applicationId: b.id, reason: "NO_CONTACT" });
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).minimumReachedAt).toBeNull();
    expect(await listGroupsReadyToStart(await actorOf(adminId))).toEqual([]);
    await intake(c.id);
    expect(await coordinatorMails()).toHaveLength(2);
  });

  it("counts a participant leaving: the marker is cleared", async () => {
    const g = await plannedGroup(2);
    const m = await createMember();
    const p = await db.participation.create({ data: { groupId: g.id, memberId: m.id, joinedAt: new Date("2026-01-01") } });
    const [a] = await waitingForIntake(g.id, 1);
    await intake(a.id);
    expect(await coordinatorMails()).toHaveLength(1);
    expect(await endParticipation({ groupId: g.id, participationId: p.id, leftOn: "2026-02-01" })).toEqual({ ok: true });
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).minimumReachedAt).toBeNull();
  });

  it("counts an applicant who confirms after the intake: the confirmation reaches the minimum", async () => {
    const g = await plannedGroup(1, { slug: "bekraeft-samles" });
    const { application } = await applicant(g.id, { unconfirmed: true });
    expect((await progressOf(g.id))?.counted).toBe(0);
    expect(await markApplicationConfirmed({ applicationId: application.id })).toEqual({ ok: true });
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(["/grupper/bekraeft-samles"]));
    expect(await coordinatorMails()).toHaveLength(1);
  });

  it("sets the marker without an email when no coordinator address is set; a started group gets none", async () => {
    await setCoordinatorEmail(null);
    const g = await plannedGroup(1);
    const [a] = await waitingForIntake(g.id, 1);
    await intake(a.id);
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).minimumReachedAt).not.toBeNull();
    expect(await db.outboxEmail.count()).toBe(0);

    await setCoordinatorEmail(COORDINATOR);
    const running = await createGroup({ state: "STARTING" });
    await db.group.update({ where: { id: running.id }, data: { minParticipants: 1 } });
    const [r] = await waitingForIntake(running.id, 1);
    await intake(r.id);
    expect(await coordinatorMails()).toEqual([]);
  });

  it("concurrent intakes that reach the minimum together give exactly one notice", async () => {
    const g = await plannedGroup(4);
    await applicant(g.id);
    await applicant(g.id);
    const waiting = await waitingForIntake(g.id, 4);
    const results = await Promise.all(waiting.map((a) => intake(a.id)));
    expect(results).toEqual(waiting.map(() => ({ ok: true })));
    expect((await progressOf(g.id))?.counted).toBe(6);
    expect(await coordinatorMails()).toHaveLength(1);
  });

  it("concurrent intakes that each bring it one closer are not lost: the last one tells", async () => {
    // Without the group lock two transactions side by side (PostgreSQL) would each count the other's
    // applicant as not held yet, and nobody would see the minimum reached.
    const g = await plannedGroup(3);
    await applicant(g.id);
    const waiting = await waitingForIntake(g.id, 2);
    await Promise.all(waiting.map((a) => intake(a.id)));
    expect(await coordinatorMails()).toHaveLength(1);
  });
});

describe("a group's own minimum", () => {
  it("lowering it in the group form reaches it: one notice; raising it again clears the marker", async () => {
    const g = await plannedGroup(4, { slug: "min-samles" });
    await applicant(g.id);
    await applicant(g.id);
    const { updateGroup } = await import("@/lib/groups/actions");
    const form = (over: Record<string, unknown>) => ({
      groupId: g.id,
      name: g.name,
      topic: g.topic,
      ageBand: g.ageBand,
      description: g.description,
      cadence: g.cadence,
      weekday: String(g.weekday),
      startTime: g.startTime,
      durationMinutes: "120",
      format: g.format,
      venueId: g.venueId,
      meetingPoint: g.meetingPoint,
      onlineUrl: g.onlineUrl,
      capacity: "8",
      openForNewcomers: true,
      startDate: "",
      plannedEndDate: "",
      minParticipants: "2",
      expectedStartOn: "2099-03-01",
      ...over,
    });
    expect(await updateGroup(form({}))).toEqual({ ok: true });
    const row = await db.group.findUniqueOrThrow({ where: { id: g.id } });
    expect(row.minParticipants).toBe(2);
    expect(row.expectedStartOn?.toISOString().slice(0, 10)).toBe("2099-03-01");
    expect(await coordinatorMails()).toHaveLength(1);
    expect(await updateGroup(form({ minParticipants: "5" }))).toEqual({ ok: true });
    expect((await db.group.findUniqueOrThrow({ where: { id: g.id } })).minimumReachedAt).toBeNull();
  });
});
