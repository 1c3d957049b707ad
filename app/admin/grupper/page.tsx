import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/session";
import { listGroupsForAdmin } from "@/lib/groups/data";
import { parseGroupListParams } from "@/lib/groups/filter-params";
import { GROUP_STATES, ageBandLabel, stateLabel, stateSlug, weekdayLabel } from "@/lib/groups/labels";
import { getTopics } from "@/lib/topics/cache";
import { topicAdminLabel, topicOf } from "@/lib/topics/topics";
import { ButtonLink, Button } from "@/components/forms/buttons";
import { SelectField } from "@/components/forms/field";
import { DataTable } from "@/components/admin/data-table";
import { Pagination, pageParam } from "@/components/admin/pagination";
import { ADMIN_PAGE_SIZE } from "@/lib/pagination";

export const metadata = { title: "Grupper" };

export default async function AdminGroupsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireAdminPage();
  const [params, topics] = await Promise.all([searchParams, getTopics()]);
  const filter = parseGroupListParams(params, topics);
  const page = pageParam(params.side);
  const { rows: groups, total, hasNext } = await listGroupsForAdmin(admin, filter, page);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Grupper</h1>
        <ButtonLink href="/admin/grupper/ny">Opret gruppe</ButtonLink>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filtrér grupper">
        <div className="min-w-48">
          <SelectField
            label="Fase"
            name="fase"
            id="filter-fase"
            placeholder="Alle faser"
            optionalLabel={false}
            defaultValue={filter.state ? stateSlug[filter.state] : ""}
            options={GROUP_STATES.map((s) => ({ value: stateSlug[s], label: stateLabel[s] }))}
          />
        </div>
        <div className="min-w-48">
          <SelectField
            label="Emne"
            name="emne"
            id="filter-emne"
            placeholder="Alle emner"
            optionalLabel={false}
            defaultValue={filter.topic ? topicOf(topics, filter.topic).slug : ""}
            options={topics.map((t) => ({ value: t.slug, label: topicAdminLabel(topics, t.key) }))}
          />
        </div>
        <Button type="submit" variant="secondary">
          Vis
        </Button>
      </form>
      <p className="text-muted" role="status">
        {total === 1 ? "1 gruppe" : `${total} grupper`}
        {filter.state ? ` i fasen "${stateLabel[filter.state]}"` : ""}
        {filter.topic ? ` om ${topicOf(topics, filter.topic).label.toLowerCase()}` : ""}.
      </p>
      {groups.length > 0 ? (
        <DataTable label="Grupper" columns={["Navn", "Emne", "Fase", "Deltagere", "Igangsættere", "Mødes"]}>
          {groups.map((g) => (
            <tr key={g.id} className="border-b border-sand-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/admin/grupper/${g.id}`} className="font-medium">
                  {g.name}
                </Link>
              </th>
              <td className="py-2 pr-4">
                {topicAdminLabel(topics, g.topic)} · {ageBandLabel[g.ageBand]}
              </td>
              <td className="py-2 pr-4">{stateLabel[g.state]}</td>
              <td className="py-2 pr-4">
                {g.activeParticipants} af {g.capacity}
                {g.openForNewcomers ? "" : " (lukket)"}
              </td>
              <td className="py-2 pr-4">{g.activeFacilitators}</td>
              <td className="py-2 pr-4">
                {g.weekday ? `${weekdayLabel[g.weekday]}${g.startTime ? ` kl. ${g.startTime.replace(":", ".")}` : ""}` : "Ikke fastlagt"}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>Ingen grupper matcher filteret.</p>
      )}
      <Pagination
        page={page}
        pages={Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE))}
        hasNext={hasNext}
        basePath="/admin/grupper"
        params={{ fase: filter.state ? stateSlug[filter.state] : undefined, emne: filter.topic ? topicOf(topics, filter.topic).slug : undefined }}
      />
    </div>
  );
}
