import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUserPage } from "@/lib/auth/session";
import { getGroupOverviewForFacilitator } from "@/lib/groups/view-data";
import { readinessItems, startItems } from "@/lib/groups/rules";
import { stateLabel } from "@/lib/groups/labels";
import { getTopics } from "@/lib/topics/cache";
import { AdminHistory } from "@/components/groups/admin-history";
import { GroupDetails, ParticipantsTable, ReadinessChecklist, Section } from "@/components/groups/admin-group-sections";
import { DecisionsSection, MeetingsSection, ReadinessSection } from "@/components/groups/group-work-sections";

export const metadata = { title: "Min gruppe" };

export default async function MyGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUserPage();
  const { id } = await params;
  if (user.role === "ADMIN" && !user.facilitatorId) redirect(`/admin/grupper/${id}`);
  // Only groups the facilitator is or was assigned to; everything else looks like "no access".
  const view = await getGroupOverviewForFacilitator(user, id);
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
  const topics = await getTopics();

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/mine-grupper">Tilbage til mine grupper</Link>
      </p>
      <h1 className="text-2xl font-semibold">{g.name}</h1>
      <p>
        Fase: <strong>{stateLabel[g.state]}</strong>
      </p>

      <MeetingsSection groupId={g.id} state={g.state} meetings={meetings} facilitators={facilitators} startDate={g.startDate} />

      {g.state === "PLANNED" ? (
        <Section title="Før gruppen kan starte" id="start">
          <ReadinessChecklist items={startItems(facts)} />
          <p className="text-muted">Koordinatoren starter gruppen, når det er på plads. Derefter kan I registrere møder.</p>
        </Section>
      ) : (
        <ReadinessSection g={g} participants={participants.map((p) => ({ id: p.id, name: p.firstName }))}>
          <p>Før I begynder at trække jer, skal dette være på plads:</p>
          <ReadinessChecklist items={readinessItems(facts)} />
        </ReadinessSection>
      )}

      <DecisionsSection g={g} />

      <Section title={`Deltagere (${participants.length})`} id="deltagere">
        <ParticipantsTable
          people={participants.map((p) => ({ id: p.id, name: p.firstName, email: p.email, phone: p.phone }))}
          nameHeader="Fornavn"
          caption="Deltagere, fornavn og kontakt"
          endFor={g.state !== "ENDED" ? g.id : undefined}
        />
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
