import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { Pagination, pageParam } from "@/components/admin/pagination";
import { InboxTable } from "@/components/applications/inbox-table";
import { InboxTabs } from "@/components/applications/inbox-tabs";
import { requireAdminPage } from "@/lib/auth/session";
import { inboxFilterLabel, parseInboxFilter } from "@/lib/applications/labels";
import { listApplications } from "@/lib/applications/inbox-data";

export const metadata = { title: "Ansøgninger" };

type Props = { searchParams: Promise<{ status?: string | string[]; q?: string | string[]; gruppe?: string | string[]; side?: string | string[] }> };

const first = (v: string | string[] | undefined, max: number) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, max) || undefined;

export default async function ApplicationsInboxPage({ searchParams }: Props) {
  const admin = await requireAdminPage();
  const params = await searchParams;
  const filter = parseInboxFilter(params.status);
  const group = first(params.gruppe, 80);
  const q = first(params.q, 100);
  const page = pageParam(params.side);
  const { rows, hasNext } = await listApplications(admin, filter, { group, q, page });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Ansøgninger</h1>
      <InboxTabs current={filter} group={group} q={q} />
      <form method="get" action="/admin/ansoegninger" role="search" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="status" value={filter} />
        <div className="min-w-64">
          <TextField
            name="q"
            id="filter-ansoeger"
            type="search"
            label="Ansøger"
            hint="En del af navnet eller emailen"
            optionalLabel={false}
            defaultValue={q ?? ""}
            maxLength={100}
          />
        </div>
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
        {q ? <span className="font-normal text-muted"> · ansøgere med “{q}” i navn eller email</span> : null}
        {group ? <span className="font-normal text-muted"> · grupper med “{group}” i navnet</span> : null}
      </h2>
      <InboxTable rows={rows} />
      <Pagination page={page} hasNext={hasNext} basePath="/admin/ansoegninger" params={{ status: filter, q, gruppe: group }} />
    </div>
  );
}
