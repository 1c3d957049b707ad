import { formatLabel, placeText } from "@/lib/groups/place";
import { accessibilityOf } from "@/lib/venues/venues";
import Link from "next/link";
import { EndParticipationButton } from "@/components/participations/end-participation-button";
import { formatDate, formatDuration, formatShortDate, formatTimeRange } from "@/lib/format";
import { ageBandLabel, cadenceLabel, weekdayLabel } from "@/lib/groups/labels";
import { topicAdminLabel, type TopicList } from "@/lib/topics/topics";
import type { AdminGroupOverview } from "@/lib/groups/view-data";
import { readinessItems, startItems, type ReadinessItem, type StartItem, type TransitionFacts } from "@/lib/groups/rules";
import type { GroupStateValue } from "@/lib/groups/labels";
import { cellClass, DataTable, rowClass } from "@/components/admin/data-table";

export function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded border border-sand-200 bg-white p-4 sm:p-6">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ReadinessChecklist({ items }: { items: (ReadinessItem | StartItem)[] }) {
  return (
    <ul className="space-y-1">
      {items.map((i) => (
        <li key={i.key}>
          <span aria-hidden="true" className={i.done ? "text-success-700" : "text-muted"}>
            {i.done ? "✓ " : "○ "}
          </span>
          <span className="sr-only">{i.done ? "Klaret: " : "Mangler: "}</span>
          {i.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * What the group needs for its next step, as a checklist: a planned group what it needs to start (the
 * facilitators), a group in start-up the readiness check before the facilitators withdraw. Nothing later.
 */
export function NextStepChecklist({ state, facts }: { state: GroupStateValue; facts: TransitionFacts }) {
  if (state === "PLANNED") {
    return (
      <div className="space-y-1">
        <p className="font-medium">Før gruppen kan starte:</p>
        <ReadinessChecklist items={startItems(facts)} />
      </div>
    );
  }
  if (state === "STARTING") {
    return (
      <div className="space-y-1">
        <p className="font-medium">Før igangsætterne kan begynde at trække sig:</p>
        <ReadinessChecklist items={readinessItems(facts)} />
      </div>
    );
  }
  return null;
}

type Details = Pick<
  AdminGroupOverview["group"],
  | "topic"
  | "ageBand"
  | "cadence"
  | "weekday"
  | "startTime"
  | "durationMinutes"
  | "format"
  | "meetingPoint"
  | "venue"
  | "onlineUrl"
  | "capacity"
  | "openForNewcomers"
  | "startDate"
  | "plannedEndDate"
  | "endedAt"
  | "endReason"
>;

export function GroupDetails({ g, participantCount, topics }: { g: Details; participantCount: number; topics: TopicList }) {
  const rows: [string, string][] = [
    ["Emne", `${topicAdminLabel(topics, g.topic)} · ${ageBandLabel[g.ageBand]}`],
    [
      "Mødes",
      `${cadenceLabel[g.cadence]}${g.weekday ? `, ${weekdayLabel[g.weekday].toLowerCase()}` : ""}${g.startTime ? ` ${formatTimeRange(g.startTime, g.durationMinutes)}` : ""} (${formatDuration(g.durationMinutes)})`,
    ],
    ["Form", formatLabel[g.format]],
    ["Sted", placeText(g)],
    ...(g.format === "ONLINE" ? ([["Link til onlinemøder", g.onlineUrl || "Mangler"]] as [string, string][]) : []),
    ...(g.venue && g.format !== "ONLINE" ? ([["Tilgængelighed", accessibilityOf(g.venue).join(", ") || "Ikke oplyst"]] as [string, string][]) : []),
    ["Pladser", `${participantCount} af ${g.capacity} optaget · ${g.openForNewcomers ? "åben for nye" : "lukket for nye"}`],
    ["Startdato", g.startDate ? formatDate(g.startDate) : "Ikke startet"],
    ["Planlagt slutdato", g.plannedEndDate ? formatDate(g.plannedEndDate) : "Ingen"],
  ];
  if (g.endedAt) rows.push(["Afsluttet", `${formatDate(g.endedAt)}${g.endReason ? ` – ${g.endReason}` : ""}`]);
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

type Participant = { id: string; name: string; email: string; phone: string | null };

type ParticipantsTableProps = {
  people: Participant[];
  nameHeader?: string;
  caption?: string;
  /** The group's id, to offer recording that a participant has stopped (not for ended groups). */
  endFor?: string;
};

/** Active participants with their contact details. Facilitators see first names only (`nameHeader="Fornavn"`). */
export function ParticipantsTable({ people, nameHeader = "Navn", caption = "Deltagere", endFor }: ParticipantsTableProps) {
  if (people.length === 0) return <p>Gruppen har ingen deltagere endnu.</p>;
  const columns = [
    nameHeader,
    "Email",
    "Telefon",
    ...(endFor
      ? [
          <span key="actions" className="sr-only">
            Handlinger
          </span>,
        ]
      : []),
  ];
  return (
    <DataTable label="Deltagere" caption={caption} columns={columns}>
      {people.map((p) => (
        <tr key={p.id} className={rowClass}>
          <th scope="row" className={`${cellClass} font-normal`}>
            {p.name}
          </th>
          <td className={`${cellClass} break-all`}>
            <a href={`mailto:${p.email}`}>{p.email}</a>
          </td>
          <td className={cellClass}>{p.phone ? <a href={`tel:${p.phone.replace(/\s/g, "")}`}>{p.phone}</a> : "–"}</td>
          {endFor ? (
            <td className={cellClass}>
              <EndParticipationButton groupId={endFor} participationId={p.id} name={p.name} />
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}

const applicationStatusLabel: Record<string, string> = {
  RECEIVED: "Modtaget",
  ACCEPTED: "Optaget",
  WAITLISTED: "På venteliste",
  DECLINED: "Afvist",
  WITHDRAWN: "Trukket tilbage",
};

export function ApplicationsSummary({ applications }: { applications: { id: string; status: string; createdAt: Date; member: { name: string } }[] }) {
  if (applications.length === 0) return <p>Ingen ansøgninger til gruppen.</p>;
  const counts = Object.keys(applicationStatusLabel)
    .map((s) => [s, applications.filter((a) => a.status === s).length] as const)
    .filter(([, n]) => n > 0);
  return (
    <div className="space-y-3">
      <p>{counts.map(([s, n]) => `${applicationStatusLabel[s]}: ${n}`).join(" · ")}</p>
      <ul className="space-y-1">
        {applications.map((a) => (
          <li key={a.id}>
            <Link href={`/admin/ansoegninger/${a.id}`}>{a.member.name}</Link>{" "}
            <span className="text-muted">
              – {applicationStatusLabel[a.status] ?? a.status}, {formatShortDate(a.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
