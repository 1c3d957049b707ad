import Link from "next/link";
import { Button } from "@/components/forms/buttons";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { ExpiringTable, MemberTable } from "@/components/members/member-table";
import { RemindersButton } from "@/components/members/reminders-button";
import type { Actor } from "@/lib/auth/actor";
import { requireAdminPage } from "@/lib/auth/session";
import { Pagination, pageParam } from "@/components/admin/pagination";
import {
  MEMBER_PAGE_SIZE,
  countAwaitingPayment,
  countExpiring,
  listAwaitingPayment,
  listExpiring,
  reminderDays,
  searchMembers,
} from "@/lib/members/data";
import { MEMBER_LISTS, memberListLabel, parseMemberList } from "@/lib/members/labels";
import { COUNT_LIMIT } from "@/lib/pagination";

export const metadata = { title: "Medlemmer" };

type Props = { searchParams: Promise<{ q?: string | string[]; liste?: string | string[]; besked?: string | string[]; side?: string | string[] }> };

// A count past COUNT_LIMIT stopped there (lib/sql.ts): the heading says "over 1.000" and the pages are not numbered.
const pagesOf = (count: number) => (count > COUNT_LIMIT ? undefined : Math.max(1, Math.ceil(count / MEMBER_PAGE_SIZE)));
const countText = (count: number) => (count > COUNT_LIMIT ? `over ${COUNT_LIMIT.toLocaleString("da-DK")}` : String(count));

export default async function MembersPage({ searchParams }: Props) {
  const admin = await requireAdminPage();
  const params = await searchParams;
  const list = parseMemberList(params.liste);
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.trim().slice(0, 100) ?? "";
  const page = pageParam(params.side);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Medlemmer</h1>
      {params.besked === "slettet" ? (
        <FormAlert kind="success">Medlemmet er slettet. Medlemskaber og betalinger er bevaret uden navn til bogføringen.</FormAlert>
      ) : null}
      <nav aria-label="Medlemslister">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link href="/admin/medlemmer" aria-current={list === null ? "page" : undefined}>
              Alle medlemmer
            </Link>
          </li>
          {MEMBER_LISTS.map((l) => (
            <li key={l}>
              <Link href={`/admin/medlemmer?liste=${l}`} aria-current={list === l ? "page" : undefined}>
                {memberListLabel[l]}
              </Link>
            </li>
          ))}
          <li>
            <a href="/admin/medlemmer/eksport" download>
              Hent registeret som CSV
            </a>
          </li>
        </ul>
      </nav>
      {list === "udloeber" ? (
        <ExpiringList admin={admin} page={page} />
      ) : list === "afventer-betaling" ? (
        <AwaitingList admin={admin} page={page} />
      ) : (
        <SearchList admin={admin} q={q} page={page} />
      )}
    </div>
  );
}

// Each list reads one page (and the two short lists a count over their own rows); the register is never read whole.
async function SearchList({ admin, q, page }: { admin: Actor; q: string; page: number }) {
  const { rows, hasNext } = await searchMembers(admin, q, page);
  return (
    <>
      <form method="get" action="/admin/medlemmer" role="search" className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 grow sm:grow-0">
          <TextField name="q" id="soeg-medlem" type="search" label="Søg på navn eller email" defaultValue={q} optionalLabel={false} />
        </div>
        <Button type="submit">Søg</Button>
      </form>
      <h2 className="text-xl font-semibold">{q ? `Resultater for "${q}"` : "Alle medlemmer"}</h2>
      <MemberTable rows={rows} caption="Medlemmer" />
      <Pagination page={page} hasNext={hasNext} basePath="/admin/medlemmer" params={{ q: q || undefined }} />
    </>
  );
}

async function AwaitingList({ admin, page }: { admin: Actor; page: number }) {
  const [{ rows, hasNext }, count] = await Promise.all([listAwaitingPayment(admin, page), countAwaitingPayment()]);
  return (
    <>
      <h2 className="text-xl font-semibold">
        Afventer betaling <span className="font-normal text-muted">({countText(count)})</span>
      </h2>
      <MemberTable rows={rows} caption="Medlemmer, der afventer betaling" />
      <Pagination page={page} pages={pagesOf(count)} hasNext={hasNext} basePath="/admin/medlemmer" params={{ liste: "afventer-betaling" }} />
    </>
  );
}

async function ExpiringList({ admin, page }: { admin: Actor; page: number }) {
  const now = new Date();
  const [{ rows, hasNext }, count, days] = await Promise.all([listExpiring(admin, now, page), countExpiring(admin, now), reminderDays()]);
  return (
    <>
      <h2 className="text-xl font-semibold">
        Udløber inden for {days} dage <span className="font-normal text-muted">({countText(count)})</span>
      </h2>
      <p className="max-w-prose">
        Påmindelsen sendes som email til dem, der ikke har fået en for den periode. Ingen får den samme påmindelse to gange. Den sendes også
        automatisk hver morgen (<Link href="/admin/drift">automatiske opgaver</Link>); antallet af dage står i{" "}
        <Link href="/admin/indstillinger">indstillingerne</Link>.
      </p>
      <RemindersButton />
      <ExpiringTable rows={rows} days={days} />
      <Pagination page={page} pages={pagesOf(count)} hasNext={hasNext} basePath="/admin/medlemmer" params={{ liste: "udloeber" }} />
    </>
  );
}
