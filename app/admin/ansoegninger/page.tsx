import { Button } from "@/components/forms/buttons";
import { SelectField } from "@/components/forms/field";
import { InboxTable } from "@/components/applications/inbox-table";
import { InboxTabs } from "@/components/applications/inbox-tabs";
import { requireAdminPage } from "@/lib/auth/session";
import { inboxFilterLabel, parseInboxFilter } from "@/lib/applications/labels";
import { listApplications, listGroupOptions } from "@/lib/applications/data";

export const metadata = { title: "Ansøgninger" };

type Props = { searchParams: Promise<{ status?: string | string[]; gruppe?: string | string[] }> };

export default async function ApplicationsInboxPage({ searchParams }: Props) {
  const admin = await requireAdminPage();
  const params = await searchParams;
  const filter = parseInboxFilter(params.status);
  const groups = await listGroupOptions(admin);
  const wanted = Array.isArray(params.gruppe) ? params.gruppe[0] : params.gruppe;
  const groupId = groups.some((g) => g.id === wanted) ? wanted : undefined;
  const rows = await listApplications(admin, filter, groupId);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Ansøgninger</h1>
      <InboxTabs current={filter} groupId={groupId} />
      <form method="get" action="/admin/ansoegninger" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="status" value={filter} />
        <div className="min-w-64">
          <SelectField
            name="gruppe"
            id="filter-gruppe"
            label="Gruppe"
            placeholder="Alle grupper"
            optionalLabel={false}
            defaultValue={groupId ?? ""}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        </div>
        <Button type="submit" variant="secondary">
          Vis
        </Button>
      </form>
      <h2 className="text-xl font-semibold">
        {inboxFilterLabel[filter]} <span className="font-normal text-muted">({rows.length})</span>
      </h2>
      <InboxTable rows={rows} />
    </div>
  );
}
