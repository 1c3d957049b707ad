import { TableScroll } from "@/components/applications/table-scroll";
import Link from "next/link";
import { formatShortDate } from "@/lib/format";
import { standingLabel, type MemberStanding } from "@/lib/members/labels";

type Row = { id: string; name: string; email: string; standing: MemberStanding; periodEnd: Date | null };

export function MemberTable({ rows, caption }: { rows: Row[]; caption: string }) {
  if (rows.length === 0) return <p className="text-muted">Ingen medlemmer at vise.</p>;
  return (
    <TableScroll label={caption}>
      <table className="w-full border-collapse bg-white text-left text-base">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-sand-200">
            <th scope="col" className="p-2">Navn</th>
            <th scope="col" className="p-2">Email</th>
            <th scope="col" className="p-2">Medlemskab</th>
            <th scope="col" className="p-2">Periode slut</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-sand-100">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/admin/medlemmer/${r.id}`}>{r.name}</Link>
              </th>
              <td className="p-2 break-all">{r.email}</td>
              <td className="p-2">{standingLabel[r.standing]}</td>
              <td className="p-2">{r.periodEnd ? formatShortDate(r.periodEnd) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type ExpiringRow = { membershipId: string; memberId: string; name: string; email: string; periodEnd: Date; reminded: boolean };

export function ExpiringTable({ rows }: { rows: ExpiringRow[] }) {
  if (rows.length === 0) return <p className="text-muted">Ingen betalte medlemskaber udløber inden for 30 dage.</p>;
  return (
    <TableScroll label="Medlemskaber, der udløber inden for 30 dage">
      <table className="w-full border-collapse bg-white text-left text-base">
        <caption className="sr-only">Medlemskaber, der udløber inden for 30 dage</caption>
        <thead>
          <tr className="border-b border-sand-200">
            <th scope="col" className="p-2">Navn</th>
            <th scope="col" className="p-2">Email</th>
            <th scope="col" className="p-2">Udløber</th>
            <th scope="col" className="p-2">Påmindelse</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.membershipId} className="border-b border-sand-100">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/admin/medlemmer/${r.memberId}`}>{r.name}</Link>
              </th>
              <td className="p-2 break-all">{r.email}</td>
              <td className="p-2">{formatShortDate(r.periodEnd)}</td>
              <td className="p-2">{r.reminded ? "Sendt" : "Ikke sendt"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
