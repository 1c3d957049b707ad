import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUserPage } from "@/lib/auth/session";
import { getGroupOverviewForFacilitator } from "@/lib/groups/view-data";
import { readinessItems } from "@/lib/groups/rules";
import { stateLabel } from "@/lib/groups/labels";
import { toDateInputValue } from "@/lib/format";
import { AdminReadinessForm } from "@/components/groups/admin-readiness-form";
import { AdminDecisionsForm } from "@/components/groups/admin-decisions-form";
import { AdminHistory } from "@/components/groups/admin-history";
import { GroupDetails, ReadinessChecklist, Section } from "@/components/groups/admin-group-sections";
import { AttendanceTable } from "@/components/meetings/attendance-table";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { TableScroll } from "@/components/groups/admin-table-scroll";

export const metadata = { title: "Min gruppe" };

export default async function MyGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUserPage();
  const { id } = await params;
  if (user.role === "ADMIN" && !user.facilitatorId) redirect(`/admin/grupper/${id}`);
  // Only groups the facilitator is or was assigned to; everything else looks like "no access".
  const view = user.facilitatorId ? await getGroupOverviewForFacilitator(id, user.facilitatorId) : null;
  if (!view) redirect("/admin/ingen-adgang");

  if (!view.active) {
    return (
      <div className="space-y-4">
        <p>
          <Link href="/admin/mine-grupper">Tilbage til mine grupper</Link>
        </p>
        <h1 className="text-2xl font-semibold">{view.group.name}</h1>
        <p>Fase: {stateLabel[view.group.state]}</p>
        <p>Du er ikke længere igangsætter for gruppen, så du kan ikke se deltagere eller registrere møder.</p>
      </div>
    );
  }

  const { group: g, facts, assignments, meetings, participants, history } = view;
  const facilitators = assignments.map((a) => ({ id: a.facilitator.id, name: a.facilitator.user.name }));
  const names = Object.fromEntries(facilitators.map((f) => [f.id, f.name]));
  const canRecord = ["STARTING", "WITHDRAWING", "SELF_RUNNING"].includes(g.state);

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/mine-grupper">Tilbage til mine grupper</Link>
      </p>
      <h1 className="text-2xl font-semibold">{g.name}</h1>
      <p>
        Fase: <strong>{stateLabel[g.state]}</strong>
      </p>

      <Section title="Møder og fremmøde" id="moeder">
        <AttendanceTable meetings={meetings} facilitatorNames={names} deleteFor={g.state === "ENDED" ? undefined : g.id} />
        {canRecord ? (
          <>
            <h3 className="font-semibold">Registrér et møde</h3>
            <MeetingForm groupId={g.id} facilitators={facilitators} today={toDateInputValue(new Date())} />
          </>
        ) : (
          <p>Møder kan registreres, når gruppen er startet.</p>
        )}
      </Section>

      <Section title="Parathedstjek" id="parathed">
        <p>Før I begynder at trække jer, skal dette være på plads:</p>
        <ReadinessChecklist items={readinessItems(facts)} />
        <AdminReadinessForm
          groupId={g.id}
          defaults={{ rhythmAgreed: g.rhythmAgreed, groundRulesAgreed: g.groundRulesAgreed, contactParticipationId: g.contactParticipationId ?? "" }}
          participants={participants.map((p) => ({ id: p.id, name: p.firstName }))}
        />
      </Section>

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

      <Section title={`Deltagere (${participants.length})`} id="deltagere">
        {participants.length === 0 ? (
          <p>Gruppen har ingen deltagere endnu.</p>
        ) : (
          <TableScroll label="Deltagere">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Deltagere, fornavn og kontakt</caption>
              <thead>
                <tr className="border-b-2 border-sand-200">
                  <th scope="col" className="py-2 pr-4">Fornavn</th>
                  <th scope="col" className="py-2 pr-4">Email</th>
                  <th scope="col" className="py-2 pr-4">Telefon</th>
                </tr>
              </thead>
              <tbody>
                {participants.map((p) => (
                  <tr key={p.id} className="border-b border-sand-200">
                    <th scope="row" className="py-2 pr-4 font-normal">{p.firstName}</th>
                    <td className="py-2 pr-4 break-all"><a href={`mailto:${p.email}`}>{p.email}</a></td>
                    <td className="py-2 pr-4">{p.phone ? <a href={`tel:${p.phone.replace(/\s/g, "")}`}>{p.phone}</a> : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
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
