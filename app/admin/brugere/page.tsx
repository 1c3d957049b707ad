import type { Metadata } from "next";
import { DataTable } from "@/components/admin/data-table";
import { Pagination, pageParam } from "@/components/admin/pagination";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { COUNT_LIMIT } from "@/lib/pagination";
import { countUsers, listUsers } from "@/lib/users/list-data";
import { roleLabel } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Brugere" };

type Props = { searchParams: Promise<{ q?: string | string[]; side?: string | string[] }> };

export default async function UsersPage({ searchParams }: Props) {
  const admin = await requireAdminPage();
  const params = await searchParams;
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.trim().slice(0, 100) ?? "";
  const page = pageParam(params.side);
  // One page of accounts and a count that stops just past COUNT_LIMIT: the page costs the same however many accounts there are.
  const [{ rows: users, hasNext }, total] = await Promise.all([listUsers(admin, { q, page }), countUsers(admin)]);
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold">Brugere</h1>
        <p className="max-w-prose">
          Koordinatorer (administratorer) og igangsættere, der kan logge ind. En ny bruger får en mail med et link til at vælge sin adgangskode. Har
          en bruger glemt sin adgangskode, kan du sende et nyt link – eller brugeren kan selv bede om et under »Glemt adgangskode?«. En deaktiveret
          bruger kan ikke logge ind.
        </p>
      </div>
      <section aria-labelledby="alle-brugere" className="space-y-3">
        <h2 id="alle-brugere" className="text-2xl font-semibold">
          Alle brugere <span className="font-normal text-muted">({total > COUNT_LIMIT ? `over ${COUNT_LIMIT.toLocaleString("da-DK")}` : total})</span>
        </h2>
        <form method="get" action="/admin/brugere" role="search" className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 grow sm:grow-0">
            <TextField
              name="q"
              id="soeg-bruger"
              type="search"
              label="Søg på navn eller email"
              defaultValue={q}
              optionalLabel={false}
              maxLength={100}
            />
          </div>
          <Button type="submit" variant="secondary">
            Søg
          </Button>
        </form>
        {q ? <p className="font-medium">Brugere med “{q}” i navn eller email</p> : null}
        {users.length === 0 ? (
          <p className="text-muted">{q ? "Ingen brugere passer til søgningen." : "Der er ingen brugere."}</p>
        ) : (
          <DataTable label="Brugere" columns={["Navn og email", "Rolle", "Status", "Handlinger"]}>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-sand-200 align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {u.name}
                  {u.id === admin.id ? <span className="font-normal text-muted"> (dig)</span> : null}
                  <span className="block break-all font-normal">{u.email}</span>
                </th>
                <td className="py-2 pr-4">{roleLabel[u.role]}</td>
                <td className="py-2 pr-4">
                  {u.active ? "Aktiv" : "Deaktiveret"}
                  <br />
                  <span className="text-muted">
                    {u.hasPassword
                      ? u.pendingInviteExpiresAt
                        ? `Har adgangskode – link til ny adgangskode udløber ${formatDateTime(u.pendingInviteExpiresAt)}`
                        : "Har adgangskode"
                      : u.pendingInviteExpiresAt
                        ? `Inviteret – linket udløber ${formatDateTime(u.pendingInviteExpiresAt)}`
                        : "Invitationen er udløbet"}
                  </span>
                </td>
                <td className="py-2">
                  <UserRowActions userId={u.id} name={u.name} active={u.active} hasPassword={u.hasPassword} isSelf={u.id === admin.id} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pagination page={page} hasNext={hasNext} basePath="/admin/brugere" params={{ q: q || undefined }} />
      </section>
      <section aria-labelledby="inviter" className="space-y-3">
        <h2 id="inviter" className="text-2xl font-semibold">
          Invitér en ny bruger
        </h2>
        <InviteUserForm />
      </section>
    </div>
  );
}
