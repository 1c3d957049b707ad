import Link from "next/link";
import { INBOX_FILTERS, inboxFilterLabel, type InboxFilter } from "@/lib/applications/labels";

/** The inbox's status tabs as links, so the filter lives in the URL (?status=…&q=<applicant>&gruppe=<part of a group name>). */
export function InboxTabs({ current, group, q }: { current: InboxFilter; group?: string; q?: string }) {
  return (
    <nav aria-label="Filtrér efter status">
      <ul className="flex flex-wrap gap-2">
        {INBOX_FILTERS.map((f) => {
          const params = new URLSearchParams({ status: f, ...(q ? { q } : {}), ...(group ? { gruppe: group } : {}) });
          const active = f === current;
          return (
            <li key={f}>
              <Link
                href={`/admin/ansoegninger?${params}`}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded border-2 px-3 py-1 text-base no-underline ${
                  active ? "border-brand-700 bg-brand-700 text-white hover:text-white" : "border-sand-200 bg-white text-brand-800"
                }`}
              >
                {inboxFilterLabel[f]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
