import { beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { execute } from "@/lib/command/execute";
import { db } from "@/lib/db";
import { jobDefinition, runJob } from "@/lib/jobs/runner";
import * as meetings from "@/lib/meetings/commands";
import { attendanceReminderSubject } from "@/lib/meetings/emails";
import { DEFAULT_IDENTITY } from "@/lib/settings/identity";
import { isoWeekday } from "@/lib/meetings/rules";
import { todayInDenmark } from "@/lib/validation/fields";
import { clearPeopleAndGroups } from "../helpers/applications-fixtures";
import { assignFacilitator, createAdmin, createFacilitator, createGroup, createMember } from "../helpers/fixtures";

// The attendance reminder, run as the runner runs it: the facilitators of a group whose rhythm expected
// a meeting yesterday (Danish time) that nobody recorded get one email each, once per group and day.

const DAY = 86_400_000;
const yesterday = () => new Date(todayInDenmark().getTime() - DAY);
const run = () => runJob(jobDefinition("attendance-reminders"), { trigger: "CLI", onlyIfDue: false });

beforeEach(async () => {
  await clearPeopleAndGroups();
  await db.attendanceReminder.deleteMany();
  await db.jobRun.deleteMany();
  await db.jobLease.deleteMany();
  await createAdmin();
});

/** A group meeting on yesterday's weekday, started `startedDaysAgo` days ago, with two facilitators and a participant. */
async function groupMetYesterday(
  opts: { cadence?: "WEEKLY" | "BIWEEKLY"; state?: "STARTING" | "WITHDRAWING" | "SELF_RUNNING"; startedDaysAgo?: number } = {},
) {
  const group = await createGroup({ cadence: opts.cadence ?? "WEEKLY", weekday: isoWeekday(yesterday()), state: opts.state ?? "STARTING" });
  await db.group.update({ where: { id: group.id }, data: { startDate: new Date(yesterday().getTime() - (opts.startedDaysAgo ?? 28) * DAY) } });
  const a = await createFacilitator({ name: "Ida Igangsætter" });
  const b = await createFacilitator({ name: "Bo Igangsætter" });
  await assignFacilitator(group.id, a.facilitator.id);
  await assignFacilitator(group.id, b.facilitator.id);
  const member = await createMember({ name: "Pia Deltagersen" });
  await db.participation.create({ data: { groupId: group.id, memberId: member.id } });
  return { group, facilitators: [a, b] };
}

describe("attendance reminders", () => {
  it("email each active facilitator once about yesterday's unrecorded meeting, naming no participant", async () => {
    const { group, facilitators } = await groupMetYesterday();
    expect(await run()).toMatchObject({ status: "ran", outcome: "OK", summary: { groups: 1, emails: 2 } });
    const mails = await db.outboxEmail.findMany({ orderBy: { to: "asc" } });
    expect(mails.map((m) => m.to).sort()).toEqual(facilitators.map((f) => f.user.email).sort());
    for (const m of mails) {
      expect(m.subject).toBe(attendanceReminderSubject(DEFAULT_IDENTITY));
      expect(m.text).toContain(group.name);
      expect(m.text).toContain(`/admin/mine-grupper/${group.id}`);
      expect(m.text).not.toContain("Pia");
    }
    expect(await db.attendanceReminder.findMany({ select: { groupId: true, meetingDay: true, facilitators: true } })).toEqual([
      { groupId: group.id, meetingDay: yesterday(), facilitators: 2 },
    ]);
    expect(await db.auditEvent.findMany({ where: { action: "meeting.attendance-reminder" }, select: { actorUserId: true, details: true } })).toEqual([
      { actorUserId: null, details: JSON.stringify({ groups: 1, emails: 2 }) },
    ]);

    expect(await run()).toMatchObject({ outcome: "OK", summary: { groups: 0, emails: 0 } });
    expect(await db.outboxEmail.count()).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "meeting.attendance-reminder" } })).toBe(1);
  });

  it("two runs at the same moment remind once per group and day", async () => {
    await groupMetYesterday();
    await groupMetYesterday();
    const both = await Promise.all([
      execute(meetings.sendAttendanceReminders, {}, { actor: SYSTEM_ACTOR, clientIp: null }),
      execute(meetings.sendAttendanceReminders, {}, { actor: SYSTEM_ACTOR, clientIp: null }),
    ]);
    const groups = both.map(({ result }) => (result.ok ? (result.data as { groups: number }).groups : -1));
    expect(groups[0] + groups[1]).toBe(2);
    expect(await db.outboxEmail.count()).toBe(4);
    expect(await db.attendanceReminder.count()).toBe(2);
  });

  it("no reminder when the meeting is recorded, when none was expected, or when nobody carries the group", async () => {
    const recorded = await groupMetYesterday();
    await db.meeting.create({ data: { groupId: recorded.group.id, heldOn: yesterday(), participantsPresent: 5 } });
    await groupMetYesterday({ state: "SELF_RUNNING" });
    await groupMetYesterday({ cadence: "BIWEEKLY", startedDaysAgo: 7 }); // yesterday was its week off
    const released = await groupMetYesterday();
    await db.facilitatorAssignment.updateMany({ where: { groupId: released.group.id }, data: { withdrawnAt: new Date() } });
    const other = await createGroup({ weekday: ((isoWeekday(yesterday()) + 2) % 7) + 1, cadence: "WEEKLY" });
    await assignFacilitator(other.id, (await createFacilitator()).facilitator.id);

    expect(await run()).toMatchObject({ outcome: "OK", summary: { groups: 0, emails: 0 } });
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("every other week: the week of the start and every second week after it", async () => {
    const { group } = await groupMetYesterday({ cadence: "BIWEEKLY", startedDaysAgo: 14 });
    expect(await run()).toMatchObject({ summary: { groups: 1, emails: 2 } });
    expect((await db.attendanceReminder.findFirstOrThrow()).groupId).toBe(group.id);
  });

  it("leaves out a facilitator whose account is deactivated", async () => {
    const { facilitators } = await groupMetYesterday();
    await db.user.update({ where: { id: facilitators[1].user.id }, data: { active: false } });
    expect(await run()).toMatchObject({ summary: { groups: 1, emails: 1 } });
    expect((await db.outboxEmail.findMany()).map((m) => m.to)).toEqual([facilitators[0].user.email]);
  });
});
