import Link from "next/link";
import { cellClass, DataTable, rowClass } from "@/components/admin/data-table";
import { formatShortDate } from "@/lib/format";
import { standingLabel, type MemberStanding } from "@/lib/members/labels";

type Row = { id: string; name: string; email: string; awaitsConfirmation: boolean; standing: MemberStanding; periodEnd: Date | null };

export function MemberTable({ rows, caption }: { rows: Row[]; caption: string }) {
  if (rows.length === 0) return <p className="text-muted">Ingen medlemmer at vise.</p>;
  return (
    <DataTable label={caption} columns={["Navn", "Email", "Medlemskab", "Periode slut"]}>
      {rows.map((r) => (
        <tr key={r.id} className={rowClass}>
          <th scope="row" className={`${cellClass} font-normal`}>
            <Link href={`/admin/medlemmer/${r.id}`}>{r.name}</Link>
          </th>
          <td className={`${cellClass} break-all`}>{r.email}</td>
          <td className={cellClass}>
            {r.awaitsConfirmation ? (
              // Someone typed this address on a public form; its owner has not confirmed it yet (lib/confirmations).
              <span className="rounded border border-accent-700 px-2 py-0.5 font-medium text-accent-700">Ikke bekræftet</span>
            ) : (
              standingLabel[r.standing]
            )}
          </td>
          <td className={cellClass}>{r.periodEnd ? formatShortDate(r.periodEnd) : "–"}</td>
        </tr>
      ))}
    </DataTable>
  );
}

type ExpiringRow = { membershipId: string; memberId: string; name: string; email: string; periodEnd: Date; reminded: boolean };

export function ExpiringTable({ rows, days }: { rows: ExpiringRow[]; days: number }) {
  if (rows.length === 0) return <p className="text-muted">Ingen betalte medlemskaber udløber inden for {days} dage.</p>;
  return (
    <DataTable label={`Medlemskaber, der udløber inden for ${days} dage`} columns={["Navn", "Email", "Udløber", "Påmindelse"]}>
      {rows.map((r) => (
        <tr key={r.membershipId} className={rowClass}>
          <th scope="row" className={`${cellClass} font-normal`}>
            <Link href={`/admin/medlemmer/${r.memberId}`}>{r.name}</Link>
          </th>
          <td className={`${cellClass} break-all`}>{r.email}</td>
          <td className={cellClass}>{formatShortDate(r.periodEnd)}</td>
          <td className={cellClass}>{r.reminded ? "Sendt" : "Ikke sendt"}</td>
        </tr>
      ))}
    </DataTable>
  );
}
