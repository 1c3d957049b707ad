import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/lib/auth/session";
import { getGroupOverviewForAdmin } from "@/lib/groups/view-data";
import { formingProgress } from "@/lib/groups/forming";
import { AdminFormingLine } from "@/components/groups/admin-forming-line";
import { ASSIGNABLE_LIMIT, listAssignableFacilitators } from "@/lib/facilitators/data";
import { canTransition, isFacilitated, nextState } from "@/lib/groups/rules";
import { stateLabel } from "@/lib/groups/labels";
import { getTopics } from "@/lib/topics/cache";
import { formatShortDate } from "@/lib/format";
import { AdminStateForm } from "@/components/groups/admin-state-form";
import { AdminHistory } from "@/components/groups/admin-history";
import { ApplicationsSummary, GroupDetails, NextStepChecklist, ParticipantsTable, Section } from "@/components/groups/admin-group-sections";
import { AssignFacilitatorForm } from "@/components/facilitators/assign-facilitator-form";
import { ReleaseFacilitatorButton } from "@/components/facilitators/release-facilitator-button";
import { DecisionsSection, MeetingsSection, ReadinessSection } from "@/components/groups/group-work-sections";
import { Button, ButtonLink } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";

export const metadata = { title: "Gruppe" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminGroupPage({ params, searchParams }: Props) {
  const admin = await requireAdminPage();
  const { id } = await params;
  const wanted = (await searchParams).igangsaetter;
  const facilitatorQuery = (typeof wanted === "string" ? wanted : "").trim().slice(0, 80);
  const view = await getGroupOverviewForAdmin(admin, id);
  if (!view) notFound();
  const { group: g, facts, assignments, meetings, participants, applications, history } = view;

  const next = nextState(g.state);
  const active = assignments.filter((a) => a.withdrawnAt === null);
  // Everyone who was ever assigned, once each: former facilitators still appear in the attendance.
  const facilitators = [...new Map(assignments.map((a) => [a.facilitator.id, { id: a.facilitator.id, name: a.facilitator.user.name }])).values()];
  const canAssignHere = isFacilitated(g.state);
  // The assign list: the first facilitators by name who can take the group, narrowed by a name search.
  const [assignable, forming, topics] = await Promise.all([
    canAssignHere ? listAssignableFacilitators(admin, g.id, facilitatorQuery) : { rows: [], more: false },
    formingProgress([g.id]).then((m) => m.get(g.id) ?? null),
    getTopics(),
  ]);

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
        {forming ? <AdminFormingLine progress={forming} expectedStartOn={g.expectedStartOn} /> : null}
        <NextStepChecklist state={g.state} facts={facts} />
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
        {canAssignHere && (assignable.more || facilitatorQuery) ? (
          <form method="get" action={`/admin/grupper/${g.id}#igangsaettere`} role="search" className="flex flex-wrap items-end gap-3">
            <div className="min-w-64">
              <TextField
                name="igangsaetter"
                id="find-igangsaetter"
                type="search"
                label="Find igangsætter"
                hint={assignable.more ? `Listen viser de første ${ASSIGNABLE_LIMIT}. Skriv en del af navnet.` : "En del af navnet"}
                optionalLabel={false}
                defaultValue={facilitatorQuery}
                maxLength={80}
              />
            </div>
            <Button type="submit" variant="secondary">
              Find
            </Button>
          </form>
        ) : null}
        {canAssignHere ? <AssignFacilitatorForm groupId={g.id} facilitators={assignable.rows} full={active.length >= 2} /> : null}
      </Section>

      <MeetingsSection groupId={g.id} state={g.state} meetings={meetings} facilitators={facilitators} startDate={g.startDate} />

      {/* The readiness check belongs to a group that meets: a planned group's next step is its facilitators. */}
      {g.state !== "ENDED" && g.state !== "PLANNED" ? (
        <ReadinessSection g={g} participants={participants.map((p) => ({ id: p.id, name: p.member.name }))} />
      ) : null}

      {g.state !== "ENDED" ? <DecisionsSection g={g} /> : null}

      <Section title={`Deltagere (${participants.length})`} id="deltagere">
        <ParticipantsTable
          people={participants.map((p) => ({ id: p.id, name: p.member.name, email: p.member.email, phone: p.member.phone }))}
          endFor={g.state !== "ENDED" ? g.id : undefined}
        />
      </Section>

      <Section title="Ansøgninger" id="ansoegninger">
        <ApplicationsSummary applications={applications} />
      </Section>

      <Section title="Oplysninger" id="oplysninger">
        <GroupDetails g={g} participantCount={participants.length} topics={topics} />
      </Section>

      <Section title="Historik" id="historik">
        <AdminHistory entries={history} />
      </Section>
    </div>
  );
}
