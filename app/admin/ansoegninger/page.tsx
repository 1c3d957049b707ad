import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { Pagination, pageParam } from "@/components/admin/pagination";
import { InboxTable } from "@/components/applications/inbox-table";
import { InboxTabs } from "@/components/applications/inbox-tabs";
import { requireAdminPage } from "@/lib/auth/session";
import { inboxFilterLabel, parseInboxFilter } from "@/lib/applications/labels";
import { listApplications } from "@/lib/applications/data";

export const metadata = { title: "Ansøgninger" };

type Props = { searchParams: Promise<{ status?: string | string[]; gruppe?: string | string[]; side?: string | string[] }> };

export default async function ApplicationsInboxPage({ searchParams }: Props) {
  const admin = await requireAdminPage();
  const params = await searchParams;
  const filter = parseInboxFilter(params.status);
  const group = (Array.isArray(params.gruppe) ? params.gruppe[0] : params.gruppe)?.trim().slice(0, 80) || undefined;
  const page = pageParam(params.side);
  const { rows, hasNext } = await listApplications(admin, filter, { group, page });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Ansøgninger</h1>
      <InboxTabs current={filter} group={group} />
      <form method="get" action="/admin/ansoegninger" role="search" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="status" value={filter} />
        <div className="min-w-64">
          <TextField
            name="gruppe"
            id="filter-gruppe"
            type="search"
            label="Gruppe"
            hint="En del af gruppens navn"
            optionalLabel={false}
            defaultValue={group ?? ""}
            maxLength={80}
          />
        </div>
        <Button type="submit" variant="secondary">
          Vis
        </Button>
      </form>
      <h2 className="text-xl font-semibold">
        {inboxFilterLabel[filter]}
        {group ? <span className="font-normal text-muted"> · grupper med “{group}” i navnet</span> : null}
      </h2>
      <InboxTable rows={rows} />
      <Pagination page={page} hasNext={hasNext} basePath="/admin/ansoegninger" params={{ status: filter, gruppe: group }} />
    </div>
  );
}
