import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/session";
import { listFacilitators } from "@/lib/facilitators/data";
import { getSettings } from "@/lib/settings/data";
import { formatShortDate } from "@/lib/format";
import { stateLabel } from "@/lib/groups/labels";
import { DataTable } from "@/components/admin/data-table";
import { Pagination, pageParam } from "@/components/admin/pagination";

export const metadata = { title: "Igangsættere" };

export default async function FacilitatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireAdminPage();
  const params = await searchParams;
  const free = params.ledige === "1";
  const page = pageParam(params.side);
  const [{ rows: facilitators, hasNext }, settings] = await Promise.all([listFacilitators(admin, { free, page }), getSettings()]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Igangsættere</h1>
      <p className="max-w-prose text-muted">
        Nye igangsættere inviteres under <Link href="/admin/brugere">Brugere</Link> med rollen igangsætter. Her registreres kursus og om de er aktive.
        Belastning er antal grupper under planlægning, i opstart eller hvor igangsætterne trækker sig (grænse: {settings.maxGroupsPerFacilitator}).
      </p>
      <nav aria-label="Vis igangsættere">
        <ul className="flex gap-4">
          <li>
            {free ? (
              <Link href="/admin/igangsaettere">Alle</Link>
            ) : (
              <span aria-current="page" className="font-semibold">
                Alle
              </span>
            )}
          </li>
          <li>
            {free ? (
              <span aria-current="page" className="font-semibold">
                Ledige
              </span>
            ) : (
              <Link href="/admin/igangsaettere?ledige=1">Ledige</Link>
            )}
          </li>
        </ul>
      </nav>
      {facilitators.length === 0 ? (
        <p>{free ? "Ingen ledige igangsættere lige nu." : "Der er ingen igangsættere endnu."}</p>
      ) : (
        <DataTable
          label="Igangsættere"
          caption={free ? "Ledige igangsættere" : "Alle igangsættere"}
          columns={["Navn", "Kursus", "Status", "Grupper nu"]}
        >
          {facilitators.map((f) => (
            <tr key={f.id} className="border-b border-sand-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/admin/igangsaettere/${f.id}`} className="font-medium">
                  {f.user.name}
                </Link>
              </th>
              <td className="py-2 pr-4">{f.courseCompletedAt ? formatShortDate(f.courseCompletedAt) : "Mangler kursus"}</td>
              <td className="py-2 pr-4">{f.active && f.user.active ? "Aktiv" : "Ikke aktiv"}</td>
              <td className="py-2 pr-4">
                {f.load}
                {f.load > settings.maxGroupsPerFacilitator ? " (over grænsen)" : ""}
                {f.groups.length > 0 ? (
                  <ul className="text-base">
                    {f.groups.map((g) => (
                      <li key={g.id}>
                        <Link href={`/admin/grupper/${g.id}`}>{g.name}</Link> <span className="text-muted">({stateLabel[g.state]})</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} hasNext={hasNext} basePath="/admin/igangsaettere" params={{ ledige: free ? "1" : undefined }} />
    </div>
  );
}
