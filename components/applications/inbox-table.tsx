import Link from "next/link";
import { cellClass, DataTable, rowClass } from "@/components/admin/data-table";
import { applicationStatusLabel } from "@/lib/applications/labels";
import { formatShortDate } from "@/lib/format";

type Row = {
  id: string;
  createdAt: Date;
  status: keyof typeof applicationStatusLabel;
  awaitsConfirmation: boolean;
  intakeHeldOn: Date | null;
  applicantName: string;
  group: { name: string };
};

/** Applicant, received date, group, status and intake — never the message or contact details. */
export function InboxTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <p className="text-muted">Der er ingen ansøgninger her.</p>;
  return (
    <DataTable label="Ansøgninger" columns={["Ansøger", "Modtaget", "Gruppe", "Status", "Forsamtale"]}>
      {rows.map((r) => (
        <tr key={r.id} className={rowClass}>
          <th scope="row" className={`${cellClass} font-normal`}>
            <Link href={`/admin/ansoegninger/${r.id}`}>
              {r.applicantName}
              <span className="sr-only"> – åbn ansøgningen til {r.group.name}</span>
            </Link>
          </th>
          <td className={cellClass}>{formatShortDate(r.createdAt)}</td>
          <td className={cellClass}>{r.group.name}</td>
          <td className={cellClass}>{r.awaitsConfirmation ? "Ikke bekræftet" : applicationStatusLabel[r.status]}</td>
          <td className={cellClass}>{r.intakeHeldOn ? `Holdt ${formatShortDate(r.intakeHeldOn)}` : "Ikke holdt"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
