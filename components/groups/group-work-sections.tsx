// The sections administrators and facilitators both work in on a group's page: meetings, readiness and
// the group's own decisions. Each page decides which to show; the markup and form defaults live here.
import { toDateInputValue } from "@/lib/format";
import type { CadenceValue, GroupStateValue } from "@/lib/groups/labels";
import { isRunning } from "@/lib/groups/rules";
import { earliestMeetingDay } from "@/lib/meetings/rules";
import type { MeetingRow } from "@/lib/groups/view-data";
import { AttendanceTable } from "@/components/meetings/attendance-table";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { AdminDecisionsForm } from "./admin-decisions-form";
import { AdminReadinessForm } from "./admin-readiness-form";
import { Section } from "./admin-group-sections";

type Person = { id: string; name: string };

/** Attendance at recent meetings, and recording a new one while the group meets. */
export function MeetingsSection({
  groupId,
  state,
  meetings,
  facilitators,
  startDate,
}: {
  groupId: string;
  state: GroupStateValue;
  meetings: MeetingRow[];
  facilitators: Person[];
  startDate: Date | null;
}) {
  const earliest = earliestMeetingDay(startDate);
  const names = Object.fromEntries(facilitators.map((f) => [f.id, f.name]));
  const canRecord = isRunning(state);
  return (
    <Section title="Møder og fremmøde" id="moeder">
      <AttendanceTable meetings={meetings} facilitatorNames={names} deleteFor={state === "ENDED" ? undefined : groupId} />
      {canRecord ? (
        <>
          <h3 className="font-semibold">Registrér et møde</h3>
          <MeetingForm
            groupId={groupId}
            facilitators={facilitators}
            today={toDateInputValue(new Date())}
            earliest={earliest ? toDateInputValue(earliest) : undefined}
          />
        </>
      ) : null}
      {state === "PLANNED" ? <p>Møder kan registreres, når gruppen er startet.</p> : null}
    </Section>
  );
}

type ReadinessGroup = { id: string; rhythmAgreed: boolean; groundRulesAgreed: boolean; contactParticipationId: string | null };

/** The readiness check form; `children` go above it (e.g. the checklist). */
export function ReadinessSection({ g, participants, children }: { g: ReadinessGroup; participants: Person[]; children?: React.ReactNode }) {
  return (
    <Section title="Parathedstjek" id="parathed">
      {children}
      <AdminReadinessForm
        groupId={g.id}
        defaults={{ rhythmAgreed: g.rhythmAgreed, groundRulesAgreed: g.groundRulesAgreed, contactParticipationId: g.contactParticipationId ?? "" }}
        participants={participants}
      />
    </Section>
  );
}

type DecisionsGroup = {
  id: string;
  cadence: CadenceValue;
  weekday: number | null;
  startTime: string | null;
  openForNewcomers: boolean;
  plannedEndDate: Date | null;
};

/** Rhythm, openness and planned end, as the group itself decides them. */
export function DecisionsSection({ g }: { g: DecisionsGroup }) {
  return (
    <Section title="Gruppens egne aftaler" id="aftaler">
      <AdminDecisionsForm
        groupId={g.id}
        defaults={{
          cadence: g.cadence,
          weekday: g.weekday ? String(g.weekday) : "",
          startTime: g.startTime ?? "",
          openForNewcomers: g.openForNewcomers,
          plannedEndDate: g.plannedEndDate ? toDateInputValue(g.plannedEndDate) : "",
        }}
      />
    </Section>
  );
}
