import "server-only";
// The daily attendance reminder (lib/jobs): the facilitators of each group whose rhythm expected a
// meeting that nobody recorded get one email about it. At most one reminder per group and expected day
// (AttendanceReminder), also when two runs meet: each candidate's key is locked before the reminders
// already sent are read again, and the claim and its emails commit together.
import { done, type Outcome, type Tx } from "@/lib/command/define";
import { lockKeys } from "@/lib/db";
import { queueEmail } from "@/lib/email/queue";
import { env } from "@/lib/env";
import { attendanceReminderEmail } from "./emails";
import { dayToRemind, isoWeekday, MOVED_MEETING_DAYS, reminderDays } from "./rules";
import { getIdentity } from "@/lib/settings/data";

const DAY = 86_400_000;

export type AttendanceReminderCounts = { groups: number; emails: number };

const reminderKey = (groupId: string, day: Date) => `attendance-reminder:${groupId}:${day.toISOString().slice(0, 10)}`;

export async function queueAttendanceReminders(tx: Tx, now: Date): Promise<Outcome<AttendanceReminderCounts, never>> {
  const days = reminderDays(now);
  const earliest = days[days.length - 1];
  const weekdays = [...new Set(days.map(isoWeekday))];
  const groups = await tx.group.findMany({
    where: { state: { in: ["STARTING", "WITHDRAWING"] }, cadence: { in: ["WEEKLY", "BIWEEKLY"] }, weekday: { in: weekdays } },
    select: {
      id: true,
      name: true,
      state: true,
      cadence: true,
      weekday: true,
      startDate: true,
      plannedEndDate: true,
      meetings: { where: { heldOn: { gte: new Date(earliest.getTime() - MOVED_MEETING_DAYS * DAY) } }, select: { heldOn: true } },
      attendanceReminders: { where: { meetingDay: { gte: earliest } }, select: { meetingDay: true } },
      assignments: {
        where: { withdrawnAt: null, facilitator: { active: true, user: { active: true } } },
        select: { facilitator: { select: { user: { select: { name: true, email: true } } } } },
      },
    },
    orderBy: { id: "asc" },
  });
  const candidates = groups.flatMap((g) => {
    const day = dayToRemind(
      g,
      now,
      g.meetings.map((m) => m.heldOn),
      g.attendanceReminders.map((r) => r.meetingDay),
    );
    return day && g.assignments.length > 0 ? [{ group: g, day }] : [];
  });
  if (candidates.length === 0) return done({ groups: 0, emails: 0 });

  // Another run may have claimed some since the read above: lock the keys, then read the claims again.
  await lockKeys(
    tx,
    candidates.map((c) => reminderKey(c.group.id, c.day)),
  );
  const claimed = await tx.attendanceReminder.findMany({
    where: { OR: candidates.map((c) => ({ groupId: c.group.id, meetingDay: c.day })) },
    select: { groupId: true, meetingDay: true },
  });
  const taken = new Set(claimed.map((r) => reminderKey(r.groupId, r.meetingDay)));
  const { SITE_URL } = env();
  const org = await getIdentity(tx);
  let groupsReminded = 0;
  let emails = 0;
  for (const { group, day } of candidates) {
    if (taken.has(reminderKey(group.id, day))) continue;
    await tx.attendanceReminder.create({
      data: { groupId: group.id, meetingDay: day, facilitators: group.assignments.length, sentAt: now },
      select: { groupId: true },
    });
    for (const { facilitator } of group.assignments) {
      await queueEmail(tx, attendanceReminderEmail({ facilitator: facilitator.user, group, meetingDay: day, siteUrl: SITE_URL, org }));
      emails++;
    }
    groupsReminded++;
  }
  return done({ groups: groupsReminded, emails });
}
