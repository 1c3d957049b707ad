import { cellClass, DataTable, rowClass } from "@/components/admin/data-table";
import { formatKroner, formatShortDate } from "@/lib/format";
import { membershipStatusLabel, paymentMethodLabel } from "@/lib/members/labels";
import type { MemberDetail } from "@/lib/members/data";
import { periodHasEnded } from "@/lib/members/rules";

export function MembershipTable({ memberships, now }: { memberships: MemberDetail["memberships"]; now: Date }) {
  if (memberships.length === 0) return <p className="text-muted">Ingen medlemskaber endnu.</p>;
  return (
    <DataTable label="Medlemskaber og betalinger" columns={["Periode", "Status", "Kontingent", "Betalinger"]}>
      {memberships.map((ms) => (
        <tr key={ms.id} className={`${rowClass} align-top`}>
          <th scope="row" className={`${cellClass} font-normal`}>
            {ms.periodStart && ms.periodEnd
              ? `${formatShortDate(ms.periodStart)}–${formatShortDate(ms.periodEnd)}`
              : ms.status === "EXPIRED"
                ? "–"
                : "Ikke startet"}
          </th>
          <td className={cellClass}>
            {ms.status === "EXPIRED" && !ms.periodStart
              ? // Closed while awaiting payment (e.g. when the application it was opened for was declined).
                "Lukket uden betaling"
              : ms.status !== "PENDING_PAYMENT" && periodHasEnded(ms, now)
                ? "Udløbet"
                : membershipStatusLabel[ms.status]}
          </td>
          <td className={cellClass}>{formatKroner(ms.feeOre)}</td>
          <td className={cellClass}>
            {ms.payments.length === 0 ? (
              "–"
            ) : (
              <ul>
                {ms.payments.map((p) => (
                  <li key={p.id}>
                    {formatKroner(p.amountOre)} · {paymentMethodLabel[p.method]} · {formatShortDate(p.paidOn)}
                    {p.reference ? ` · ref. ${p.reference}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
