import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/session";
import { getGroupOverviewForAdmin } from "@/lib/groups/view-data";
import { listFacilitators } from "@/lib/facilitators/data";
import { canTransition, nextState, readinessItems } from "@/lib/groups/rules";
import { stateLabel } from "@/lib/groups/labels";
import { formatShortDate, toDateInputValue } from "@/lib/format";
import { AdminStateForm } from "@/components/groups/admin-state-form";
import { AdminReadinessForm } from "@/components/groups/admin-readiness-form";
import { AdminDecisionsForm } from "@/components/groups/admin-decisions-form";
import { AdminHistory } from "@/components/groups/admin-history";
import { ApplicationsSummary, GroupDetails, ParticipantsTable, ReadinessChecklist, Section } from "@/components/groups/admin-group-sections";
import { AssignFacilitatorForm } from "@/components/facilitators/assign-facilitator-form";
import { ReleaseFacilitatorButton } from "@/components/facilitators/release-facilitator-button";
import { AttendanceTable } from "@/components/meetings/attendance-table";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { ButtonLink } from "@/components/forms/buttons";

export const metadata = { title: "Gruppe" };

export default async function AdminGroupPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const { id } = await params;
  const view = await getGroupOverviewForAdmin(id);
  if (!view) notFound();
  const { group: g, facts, assignments, meetings, participants, applications, history } = view;

  const next = nextState(g.state);
  const active = assignments.filter((a) => a.withdrawnAt === null);
  const names = Object.fromEntries(assignments.map((a) => [a.facilitator.id, a.facilitator.user.name]));
  const assignable = (await listFacilitators())
    .filter((f) => f.active && f.user.active && f.courseCompletedAt && !active.some((a) => a.facilitator.id === f.id))
    .map((f) => ({ id: f.id, name: f.user.name, load: f.load }));
  const canAssignHere = ["PLANNED", "STARTING", "WITHDRAWING"].includes(g.state);
  const today = toDateInputValue(new Date());

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/grupper">Tilbage til grupper</Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{g.name}</h1>
        <p>
          Fase: <strong>{stateLabel[g.state]}</strong>
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/admin/grupper/${g.id}/rediger`} variant="secondary">
            Redigér gruppen
          </ButtonLink>
          <Link href={`/grupper/${g.slug}`} className="self-center">
            Se den offentlige side
          </Link>
        </div>
      </div>

      <Section title="Fase og overgange" id="fase">
        {g.state === "STARTING" || g.state === "PLANNED" ? <ReadinessChecklist items={readinessItems(facts)} /> : null}
        {g.state === "ENDED" ? <p>Gruppen er afsluttet og tager ikke imod ansøgninger.</p> : null}
        <AdminStateForm groupId={g.id} state={g.state} next={next ? { to: next, result: canTransition(g.state, next, facts) } : null} />
      </Section>

      <Section title="Igangsættere" id="igangsaettere">
        {assignments.length === 0 ? <p>Ingen igangsættere er tildelt.</p> : null}
        <ul className="space-y-3">
          {assignments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <Link href={`/admin/igangsaettere/${a.facilitator.id}`} className="font-medium">
                  {a.facilitator.user.name}
                </Link>
                <p className="text-base text-muted">
                  Tildelt {formatShortDate(a.assignedAt)}
                  {a.withdrawnAt ? ` · trak sig ${formatShortDate(a.withdrawnAt)}` : " · aktiv"}
                  {!a.facilitator.active ? " · ikke aktiv som igangsætter" : ""}
                </p>
              </div>
              {a.withdrawnAt === null ? <ReleaseFacilitatorButton groupId={g.id} assignmentId={a.id} name={a.facilitator.user.name} /> : null}
            </li>
          ))}
        </ul>
        {canAssignHere ? <AssignFacilitatorForm groupId={g.id} facilitators={assignable} full={active.length >= 2} /> : null}
      </Section>

      <Section title="Møder og fremmøde" id="moeder">
        <AttendanceTable meetings={meetings} facilitatorNames={names} deleteFor={g.state === "ENDED" ? undefined : g.id} />
        {["STARTING", "WITHDRAWING", "SELF_RUNNING"].includes(g.state) ? (
          <>
            <h3 className="font-semibold">Registrér et møde</h3>
            <MeetingForm groupId={g.id} today={today} facilitators={assignments.map((a) => ({ id: a.facilitator.id, name: a.facilitator.user.name })).filter((f, i, all) => all.findIndex((x) => x.id === f.id) === i)} />
          </>
        ) : null}
      </Section>

      {g.state !== "ENDED" ? (
        <Section title="Parathedstjek" id="parathed">
          <AdminReadinessForm
            groupId={g.id}
            defaults={{ rhythmAgreed: g.rhythmAgreed, groundRulesAgreed: g.groundRulesAgreed, contactParticipationId: g.contactParticipationId ?? "" }}
            participants={participants.map((p) => ({ id: p.id, name: p.member.name }))}
          />
        </Section>
      ) : null}

      {g.state !== "ENDED" ? (
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
      ) : null}

      <Section title={`Deltagere (${participants.length})`} id="deltagere">
        <ParticipantsTable people={participants.map((p) => ({ id: p.id, name: p.member.name, email: p.member.email, phone: p.member.phone }))} />
      </Section>

      <Section title="Ansøgninger" id="ansoegninger">
        <ApplicationsSummary applications={applications} />
      </Section>

      <Section title="Oplysninger" id="oplysninger">
        <GroupDetails g={g} participantCount={participants.length} />
      </Section>

      <Section title="Historik" id="historik">
        <AdminHistory entries={history} />
      </Section>
    </div>
  );
}
