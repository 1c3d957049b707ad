import type { Metadata } from "next";
import { DataTable } from "@/components/admin/data-table";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listUsers } from "@/lib/users/data";
import { roleLabel } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Brugere" };

export default async function UsersPage() {
  const admin = await requireAdminPage();
  const users = await listUsers(admin);
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
          Alle brugere ({users.length})
        </h2>
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
