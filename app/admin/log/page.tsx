import type { Metadata } from "next";
import { DataTable } from "@/components/admin/data-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { Pagination, pageParam } from "@/components/admin/pagination";
import { auditFilterOptions, listAuditEvents } from "@/lib/audit/log-data";
import { auditActionLabel, auditEntityLabel } from "@/lib/audit/labels";
import { parseAuditFilter, startOfDanishDay } from "@/lib/audit/schema";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireAdminPage();
  const params = await searchParams;
  const filter = parseAuditFilter(params);
  const page = pageParam(params.side);
  const [{ rows, total, pages }, options] = await Promise.all([
    listAuditEvents(
      admin,
      { ...filter, fra: filter.fra ? startOfDanishDay(filter.fra) : undefined, til: filter.til ? startOfDanishDay(filter.til) : undefined },
      page,
    ),
    auditFilterOptions(admin),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Log</h1>
      <p className="max-w-prose">Hvem gjorde hvad og hvornår. Loggen indeholder aldrig fritekst eller oplysninger om personer – kun henvisninger.</p>
      <AuditFilterForm filter={filter} options={options} />
      <p role="status">{total === 1 ? "1 hændelse" : `${total} hændelser`}</p>
      {rows.length > 0 ? (
        <DataTable label="Hændelser" columns={["Tidspunkt", "Udført af", "Handling", "Type", "Id"]}>
          {rows.map((e) => (
            <tr key={e.id} className="border-b border-sand-200">
              <th scope="row" className="whitespace-nowrap py-2 pr-4 font-normal">{formatDateTime(e.createdAt)}</th>
              <td className="py-2 pr-4">{e.actorName ?? "Systemet"}</td>
              <td className="py-2 pr-4">{auditActionLabel(e.action)}</td>
              <td className="py-2 pr-4">{auditEntityLabel(e.entityType)}</td>
              <td className="break-all py-2 font-mono text-base">{e.entityId ?? "–"}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <Pagination page={page} pages={pages} basePath="/admin/log" params={filter} />
    </div>
  );
}
