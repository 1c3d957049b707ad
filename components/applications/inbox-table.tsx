import { TableScroll } from "@/components/applications/table-scroll";
import Link from "next/link";
import { applicationStatusLabel } from "@/lib/applications/labels";
import { formatShortDate } from "@/lib/format";

type Row = { id: string; createdAt: Date; status: keyof typeof applicationStatusLabel; intakeHeldOn: Date | null; group: { name: string } };

/** Received date, group, status and intake — never the applicant's name or message. */
export function InboxTable({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return <p className="text-muted">Der er ingen ansøgninger her.</p>;
  return (
    <TableScroll label="Ansøgninger">
      <table className="w-full border-collapse bg-white text-left text-base">
        <caption className="sr-only">Ansøgninger</caption>
        <thead>
          <tr className="border-b border-sand-200">
            <th scope="col" className="p-2">Modtaget</th>
            <th scope="col" className="p-2">Gruppe</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Forsamtale</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-sand-100">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/admin/ansoegninger/${r.id}`}>
                  {formatShortDate(r.createdAt)}
                  <span className="sr-only"> – åbn ansøgningen til {r.group.name}</span>
                </Link>
              </th>
              <td className="p-2">{r.group.name}</td>
              <td className="p-2">{applicationStatusLabel[r.status]}</td>
              <td className="p-2">{r.intakeHeldOn ? `Holdt ${formatShortDate(r.intakeHeldOn)}` : "Ikke holdt"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
