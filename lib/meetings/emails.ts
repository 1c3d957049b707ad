// The reminder a facilitator gets when a meeting the group's rhythm expected is not recorded. A pure
// builder: lib/meetings/reminder-data.ts queues it. No participant is named; the subject and the
// opening line (lock screens, inbox previews) name neither the group nor its topic.
import type { EmailMessage } from "@/lib/email/message";
import { formatDate } from "@/lib/format";
import { weekdayLabel } from "@/lib/groups/labels";
import { subjectWithName, type EmailOrg } from "@/lib/settings/identity";
import { isoWeekday } from "./rules";

export type AttendanceReminderFacts = {
  facilitator: { name: string; email: string };
  group: { id: string; name: string };
  meetingDay: Date;
  siteUrl: string;
  org: EmailOrg;
};

export const attendanceReminderSubject = (org: EmailOrg) => subjectWithName(org, "Husk at registrere mødet");

export function attendanceReminderEmail(f: AttendanceReminderFacts): EmailMessage {
  const day = `${weekdayLabel[isoWeekday(f.meetingDay)].toLowerCase()} den ${formatDate(f.meetingDay)}`;
  return {
    to: f.facilitator.email,
    subject: attendanceReminderSubject(f.org),
    text: [
      `Kære ${f.facilitator.name}`,
      "Et møde, som efter mødeplanen skulle have været holdt, er ikke registreret endnu.",
      `Det gælder gruppen "${f.group.name}", ${day}.`,
      `Registrér mødet, hvor mange der kom, og hvem af igangsætterne der deltog:\n${f.siteUrl}/admin/mine-grupper/${f.group.id}`,
      "Blev mødet aflyst eller flyttet, kan du se bort fra denne mail.",
      f.org.emailSignature,
    ].join("\n\n"),
  };
}
