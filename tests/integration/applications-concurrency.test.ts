import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptApplicationAction } from "@/lib/applications/actions";
import { takeSeat } from "@/lib/applications/data";
import { createAdmin, createGroup } from "../helpers/fixtures";
import { clearPeopleAndGroups, fillSeats, readyApplication } from "../helpers/applications-fixtures";
import { signInAs } from "../helpers/request";

describe("capacity under concurrent accepts", () => {
  beforeEach(async () => {
    await clearPeopleAndGroups();
    signInAs((await createAdmin()).id);
  });

  it("6 parallel accepts into a group with 2 free seats → exactly 2 participations and 4 'full' refusals", async () => {
    const group = await createGroup({ capacity: 5 });
    await fillSeats(group.id, 3);
    const applications = [];
    for (let i = 0; i < 6; i++) applications.push((await readyApplication(group.id)).application);

    const results = await Promise.all(applications.map((a) => acceptApplicationAction({ applicationId: a.id })));

    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const refusals = results.filter((r) => !r.ok);
    expect(refusals).toHaveLength(4);
    for (const r of refusals) expect(r).toMatchObject({ ok: false, code: "GROUP_FULL", message: expect.stringMatching(/fuld/) });
    expect(await db.participation.count({ where: { groupId: group.id, leftAt: null } })).toBe(5);
    expect(await db.application.count({ where: { groupId: group.id, status: "ACCEPTED" } })).toBe(2);
    expect(await db.application.count({ where: { groupId: group.id, status: "RECEIVED" } })).toBe(4);
  });

  it("two coordinators taking the last seat at the same moment: one succeeds, the other is told the group is full", async () => {
    const group = await createGroup({ capacity: 1 });
    const a = await readyApplication(group.id);
    const b = await readyApplication(group.id);
    const [ra, rb] = await Promise.all([
      acceptApplicationAction({ applicationId: a.application.id }),
      acceptApplicationAction({ applicationId: b.application.id }),
    ]);
    expect([ra.ok, rb.ok].sort()).toEqual([false, true]);
    expect([ra, rb].find((r) => !r.ok)).toMatchObject({ code: "GROUP_FULL" });
    expect(await db.participation.count({ where: { groupId: group.id } })).toBe(1);
  });

  it("the seat guard itself refuses past capacity, whatever was counted before (one statement)", async () => {
    const group = await createGroup({ capacity: 2 });
    await fillSeats(group.id, 1);
    const a = await readyApplication(group.id);
    const b = await readyApplication(group.id);
    const joinedAt = new Date();
    const [first, second] = await db.$transaction(async (tx) => [
      await takeSeat(tx, { groupId: group.id, memberId: a.member.id, applicationId: a.application.id, joinedAt }),
      await takeSeat(tx, { groupId: group.id, memberId: b.member.id, applicationId: b.application.id, joinedAt }),
    ]);
    expect([first, second]).toEqual([1, 0]);
    expect(await db.participation.count({ where: { groupId: group.id, leftAt: null } })).toBe(2);
  });

  it("the seat guard says the whole admission rule: no seat in a closed or ended group, even with room", async () => {
    for (const change of [{ openForNewcomers: false }, { state: "ENDED" as const }]) {
      const group = await createGroup({ capacity: 5 });
      const a = await readyApplication(group.id);
      await db.group.update({ where: { id: group.id }, data: change });
      const taken = await db.$transaction((tx) =>
        takeSeat(tx, { groupId: group.id, memberId: a.member.id, applicationId: a.application.id, joinedAt: new Date() }),
      );
      expect(taken).toBe(0);
      expect(await db.participation.count({ where: { groupId: group.id } })).toBe(0);
    }
  });
});
