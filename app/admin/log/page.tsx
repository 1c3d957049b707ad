import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/admin/data-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { auditFilterActors, listAuditEvents } from "@/lib/audit/log-data";
import { auditDetailsText, auditEntityHref, auditEntityLabel, auditVerbLabel } from "@/lib/audit/verbs";
import { parseAuditCursor, parseAuditFilter, startOfDanishDay } from "@/lib/audit/schema";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireAdminPage();
  const params = await searchParams;
  const filter = parseAuditFilter(params);
  const cursor = parseAuditCursor(params);
  const [{ rows, newerCursor, olderCursor }, actors] = await Promise.all([
    listAuditEvents(
      admin,
      { ...filter, fra: filter.fra ? startOfDanishDay(filter.fra) : undefined, til: filter.til ? startOfDanishDay(filter.til) : undefined },
      cursor,
    ),
    auditFilterActors(admin, filter.bruger),
  ]);
  const href = (key: "foer" | "efter", id: string) => `/admin/log?${new URLSearchParams({ ...filter, [key]: id }).toString()}`;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Log</h1>
      <p className="max-w-prose">Hvem gjorde hvad og hvornår. Loggen indeholder aldrig fritekst eller oplysninger om personer – kun henvisninger.</p>
      <AuditFilterForm filter={filter} actors={actors} />
      <p role="status">{rows.length === 0 ? "Ingen hændelser." : "Nyeste først."}</p>
      {rows.length > 0 ? (
        <DataTable label="Hændelser" columns={["Tidspunkt", "Udført af", "Handling", "Om", "Detaljer"]}>
          {rows.map((e) => {
            const href = auditEntityHref(e.entityType, e.entityId);
            return (
              <tr key={e.id} className="border-b border-sand-200">
                <th scope="row" className="whitespace-nowrap py-2 pr-4 font-normal">
                  {formatDateTime(e.createdAt)}
                </th>
                <td className="py-2 pr-4">{e.actorName ?? "Systemet"}</td>
                <td className="py-2 pr-4">{auditVerbLabel(e.action)}</td>
                <td className="py-2 pr-4">{href ? <Link href={href}>{auditEntityLabel(e.entityType)}</Link> : auditEntityLabel(e.entityType)}</td>
                <td className="py-2">{auditDetailsText(e.details) ?? "–"}</td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
      {newerCursor || olderCursor ? (
        <nav aria-label="Sider" className="flex flex-wrap items-center gap-4">
          {newerCursor ? <Link href={href("efter", newerCursor)}>← Forrige side</Link> : null}
          {newerCursor ? <Link href={`/admin/log?${new URLSearchParams(filter).toString()}`}>Nyeste</Link> : null}
          {olderCursor ? <Link href={href("foer", olderCursor)}>Næste side →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
