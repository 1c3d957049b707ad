import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { ConfirmErasureRequestButton } from "./confirm-erasure-request-button";

type Request = { id: string; createdAt: Date; member: { id: string; name: string } };

/** The privacy page's list of erasure requests members made on their own page. */
export function ErasureRequests({ requests }: { requests: Request[] }) {
  return (
    <section aria-labelledby="sletning-titel" id="sletning" className="space-y-3 rounded border border-sand-200 bg-white p-4">
      <h2 id="sletning-titel" className="text-xl font-semibold">
        Anmodninger om sletning fra Min side
      </h2>
      <p>
        Medlemmer kan selv bede om at blive slettet på Min side. Tjek, at intet skal bevares (fx en igangværende sag), og bekræft så. Sletningen er
        den samme som under Medlemmer.
      </p>
      {requests.length === 0 ? (
        <p className="text-muted">Ingen venter.</p>
      ) : (
        <ul className="divide-y divide-sand-200">
          {requests.map((r) => (
            <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <span>
                <Link href={`/admin/medlemmer/${encodeURIComponent(r.member.id)}`}>{r.member.name}</Link>{" "}
                <span className="text-muted">· anmodet {formatDateTime(r.createdAt)}</span>
              </span>
              <span>
                <ConfirmErasureRequestButton requestId={r.id} memberName={r.member.name} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
