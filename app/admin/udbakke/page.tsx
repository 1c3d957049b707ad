import type { Metadata } from "next";
import { DataTable } from "@/components/admin/data-table";
import Link from "next/link";
import { Pagination, pageParam } from "@/components/admin/pagination";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listOutbox } from "@/lib/outbox/data";

export const metadata: Metadata = { title: "Udbakke" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ side?: string }> }) {
  const admin = await requireAdminPage();
  const page = pageParam((await searchParams).side);
  const { rows, total, pages } = await listOutbox(admin, page);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Udbakke</h1>
      <p className="max-w-prose">
        Alle mails, siden har sendt eller skulle sende – nyeste først. Er der sat en mailserver op, sender siden dem straks og prøver igen senere,
        hvis det ikke lykkes. Er der ikke, bliver mails kun gemt her, og så skal du selv sende dem videre.
      </p>
      <p className="max-w-prose">
        Links i invitationer vises ikke her, så ingen kan bruge dem fra udbakken. Er en invitation ikke nået frem, så send en ny fra{" "}
        <Link href="/admin/brugere">Brugere</Link> (med en mailserver sat op). Mails slettes fra udbakken efter 30 dage.
      </p>
      {rows.length === 0 ? (
        <p className="text-muted">Udbakken er tom.</p>
      ) : (
        <>
          <p>{total} mails i alt.</p>
          <DataTable label="Mails" columns={["Emne", "Til", "Oprettet", "Status"]}>
            {rows.map((m) => (
              <tr key={m.id} className="border-b border-sand-200">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/admin/udbakke/${m.id}`}>{m.subject}</Link>
                </th>
                <td className="break-all py-2 pr-4">{m.to}</td>
                <td className="py-2 pr-4">{formatDateTime(m.createdAt)}</td>
                <td className="py-2">{m.status}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={page} pages={pages} basePath="/admin/udbakke" params={{}} />
        </>
      )}
    </div>
  );
}
