import { TableScroll } from "@/components/applications/table-scroll";
import { formatKroner, formatShortDate } from "@/lib/format";
import { membershipStatusLabel, paymentMethodLabel } from "@/lib/members/labels";
import type { MemberDetail } from "@/lib/members/data";

export function MembershipTable({ memberships, now }: { memberships: MemberDetail["memberships"]; now: Date }) {
  if (memberships.length === 0) return <p className="text-muted">Ingen medlemskaber endnu.</p>;
  return (
    <TableScroll label="Medlemskaber og betalinger">
      <table className="w-full border-collapse text-left text-base">
        <caption className="sr-only">Medlemskaber og betalinger</caption>
        <thead>
          <tr className="border-b border-sand-200">
            <th scope="col" className="p-2">Periode</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Kontingent</th>
            <th scope="col" className="p-2">Betalinger</th>
          </tr>
        </thead>
        <tbody>
          {memberships.map((ms) => (
            <tr key={ms.id} className="border-b border-sand-100 align-top">
              <th scope="row" className="p-2 font-normal">
                {ms.periodStart && ms.periodEnd ? `${formatShortDate(ms.periodStart)}–${formatShortDate(ms.periodEnd)}` : "Ikke startet"}
              </th>
              <td className="p-2">{ms.status !== "PENDING_PAYMENT" && ms.periodEnd && ms.periodEnd < now ? "Udløbet" : membershipStatusLabel[ms.status]}</td>
              <td className="p-2">{formatKroner(ms.feeOre)}</td>
              <td className="p-2">
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
        </tbody>
      </table>
    </TableScroll>
  );
}
