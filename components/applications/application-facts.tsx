import { formatDate, formatDateTime } from "@/lib/format";
import type { ApplicationDetail } from "@/lib/applications/data";
import { applicationEventLabel } from "@/lib/applications/labels";

/** Label/value pairs in a description list. */
export function Facts({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ConsentList({ a }: { a: ApplicationDetail }) {
  const consents: [string, Date, string][] = [
    ["Tavshedspligt", a.consentConfidentialityAt, a.consentConfidentialityVersion],
    ["Behandling af følsomme oplysninger", a.consentSensitiveDataAt, a.consentSensitiveDataVersion],
    ["Medlemskontingent", a.consentFeeAt, a.consentFeeVersion],
  ];
  return (
    <>
      <ul className="list-disc space-y-1 pl-6">
        {consents.map(([label, at, version]) => (
          <li key={label}>
            {label}: givet {formatDateTime(at)} <span className="text-muted">(tekstversion {version})</span>
          </li>
        ))}
      </ul>
      {a.consentWithdrawnAt ? (
        <p className="font-medium text-danger-700">Samtykket blev trukket tilbage {formatDate(a.consentWithdrawnAt)}.</p>
      ) : null}
    </>
  );
}

export function History({ a }: { a: ApplicationDetail }) {
  return (
    <ol className="space-y-1">
      {a.history.map((h) => (
        <li key={h.id}>
          {formatDateTime(h.createdAt)}: {applicationEventLabel[h.kind]}
          {h.actor ? <span className="text-muted"> – {h.actor.name}</span> : null}
        </li>
      ))}
    </ol>
  );
}
