import "server-only";
// Every write on meetings: recording a held meeting and deleting one recorded by mistake. By the
// group's active facilitators and by administrators.
import type { Change } from "@/lib/cache/invalidate";
import { command } from "@/lib/command/define";
import * as data from "./data";
import { queueAttendanceReminders } from "./reminder-data";
import { attendanceReminderInput, deleteMeetingInput, groupMeetingInput } from "./schema";

/** Meetings count towards the readiness check and the withdrawal shown on the group's pages. */
const meetingChanged = (_input: unknown, d: data.MeetingChanged): Change[] => [{ kind: "group", id: d.groupId, slug: d.slug }];

export const recordMeeting = command({
  name: "meetings.record",
  policy: { kind: "group", groupId: (input) => input.groupId },
  input: groupMeetingInput,
  run: (tx, actor, { groupId, ...values }) => data.recordMeeting(tx, actor, groupId, values),
  refusals: {
    NOT_FOUND: "Gruppen findes ikke.",
    GROUP_ENDED: "Gruppen er afsluttet.",
    NOT_STARTED: "Møder registreres, når gruppen er startet.",
    BEFORE_START: { field: "heldOn", message: "Mødet kan ikke ligge før gruppens startdato." },
    NOT_THE_GROUPS_FACILITATOR: { field: "facilitatorIds", message: "Vælg kun blandt gruppens igangsættere." },
    DAY_TAKEN: { field: "heldOn", message: "Der er allerede registreret et møde den dag." },
  },
  audit: {
    verb: "meeting.create",
    entity: (_input, d) => ({ type: "Meeting", id: d.meetingId }),
    details: (input, d) => ({ groupId: input.groupId, facilitators: d.facilitators }),
  },
  invalidates: meetingChanged,
});

export const deleteMeeting = command({
  name: "meetings.delete",
  policy: { kind: "group", groupId: (input) => input.groupId },
  input: deleteMeetingInput,
  run: (tx, _actor, input) => data.deleteMeeting(tx, input.groupId, input.meetingId),
  refusals: { NOT_FOUND: "Mødet findes ikke.", GROUP_ENDED: "Gruppen er afsluttet. Dens møder kan ikke ændres." },
  audit: { verb: "meeting.delete", entity: (input) => ({ type: "Meeting", id: input.meetingId }), details: (input) => ({ groupId: input.groupId }) },
  invalidates: meetingChanged,
});

/**
 * The daily job (lib/jobs): reminds the facilitators of meetings the group's rhythm expected and nobody
 * recorded, once per group and day (lib/meetings/reminder-data.ts). Only the system runs it.
 */
export const sendAttendanceReminders = command({
  name: "meetings.attendance-reminders",
  policy: { kind: "system" },
  input: attendanceReminderInput,
  run: (tx) => queueAttendanceReminders(tx, new Date()),
  refusals: {},
  audit: {
    verb: "meeting.attendance-reminder",
    entity: () => ({ type: "Meeting", id: null }),
    details: (_input, counts) => ({ ...counts }),
    onlyIf: (_input, counts) => counts.groups > 0,
  },
  result: (counts) => counts,
});
