import { DataTable, cellClass, rowClass } from "@/components/admin/data-table";
import { ageBandLabel } from "@/lib/groups/labels";
import { topicRowLabel } from "@/lib/statistics/csv";
import { suppress, type YearlyFigures } from "@/lib/statistics/rules";

const num = `${cellClass} text-right tabular-nums`;
const section = "space-y-3";

/** A two-column table of labelled counts (not suppressed: they count groups and memberships, not people in groups). */
function CountTable({ label, rows }: { label: string; rows: [string, number][] }) {
  return (
    <DataTable
      label={label}
      columns={[
        "Opgørelse",
        <span key="n" className="block text-right">
          Antal
        </span>,
      ]}
    >
      {rows.map(([name, value]) => (
        <tr key={name} className={rowClass}>
          <th scope="row" className={`${cellClass} font-normal`}>
            {name}
          </th>
          <td className={num}>{value}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The yearly figures as four tables. Participant cells are suppressed; group and meeting counts are not. */
export function FiguresTables({ figures: f }: { figures: YearlyFigures }) {
  return (
    <>
      <section aria-labelledby="grupper" className={section}>
        <h2 id="grupper" className="text-xl font-semibold">
          Grupper
        </h2>
        <CountTable
          label={`Grupper ${f.year}`}
          rows={[
            ["Aktive i året", f.groups.active],
            ["Startet (gik i opstart)", f.groups.started],
            ["Blev selvkørende", f.groups.selfRunning],
            ["Afsluttet", f.groups.ended],
          ]}
        />
      </section>

      <section aria-labelledby="emner" className={section}>
        <h2 id="emner" className="text-xl font-semibold">
          Efter emne
        </h2>
        <DataTable label={`Deltagere, aktive grupper og møder efter emne ${f.year}`} columns={["Emne", "Deltagere", "Aktive grupper", "Møder holdt"]}>
          {f.byTopic.map((t) => (
            <tr key={t.topic} className={rowClass}>
              <th scope="row" className={`${cellClass} font-normal`}>
                {topicRowLabel(t)}
              </th>
              <td className={num} data-testid={`deltagere-${t.topic}`}>
                {suppress(t.participants)}
              </td>
              <td className={num}>{t.activeGroups}</td>
              <td className={num}>{t.meetings}</td>
            </tr>
          ))}
          <tr className={`${rowClass} font-semibold`}>
            <th scope="row" className={cellClass}>
              I alt
            </th>
            <td className={num} data-testid="deltagere-i-alt">
              {suppress(f.participantsTotal)}
            </td>
            <td className={num}>{f.groups.active}</td>
            <td className={num}>{f.meetingsTotal}</td>
          </tr>
        </DataTable>
      </section>

      <section aria-labelledby="aldersgrupper" className={section}>
        <h2 id="aldersgrupper" className="text-xl font-semibold">
          Efter aldersgruppe
        </h2>
        <DataTable label={`Deltagere og aktive grupper efter aldersgruppe ${f.year}`} columns={["Aldersgruppe", "Deltagere", "Aktive grupper"]}>
          {f.byAgeBand.map((a) => (
            <tr key={a.ageBand} className={rowClass}>
              <th scope="row" className={`${cellClass} font-normal`}>
                {ageBandLabel[a.ageBand]}
              </th>
              <td className={num} data-testid={`deltagere-${a.ageBand}`}>
                {suppress(a.participants)}
              </td>
              <td className={num}>{a.activeGroups}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="medlemmer" className={section}>
        <h2 id="medlemmer" className="text-xl font-semibold">
          Medlemmer
        </h2>
        <CountTable
          label={`Medlemmer ${f.year}`}
          rows={[
            ["Nye medlemmer", f.members.newMembers],
            ["Betalte medlemskaber (betaling i året)", f.members.paidMemberships],
            ["Fritagne medlemskaber (under 18 år)", f.members.waivedMemberships],
          ]}
        />
      </section>
    </>
  );
}
