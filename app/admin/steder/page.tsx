import type { Metadata } from "next";
import Link from "next/link";
import { VenueForm } from "@/components/venues/venue-form";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listVenuesForAdmin } from "@/lib/venues/data";
import { accessibilityOf, venueAddressLine } from "@/lib/venues/venues";

export const metadata: Metadata = { title: "Mødesteder" };

const count = (n: number) => `${n} ${n === 1 ? "gruppe" : "grupper"}`;

export default async function VenuesPage() {
  const admin = await requireAdminPage();
  const venues = await listVenuesForAdmin(admin);
  return (
    <div className="space-y-10">
      <div className="max-w-prose space-y-2">
        <h1 className="text-3xl font-semibold">Mødesteder</h1>
        <p>
          De steder, grupperne mødes. En gruppe vælger sit sted fra listen, og gruppens offentlige side viser adressen, vejvisningen og stedets
          tilgængelighed. Et sted, som en gruppe har, kan ikke slettes: sæt det som udgået, så kan det ikke vælges til nye grupper.
        </p>
      </div>

      <section aria-labelledby="alle-steder" className="space-y-3">
        <h2 id="alle-steder" className="text-2xl font-semibold">
          Alle mødesteder ({venues.length})
        </h2>
        {venues.length === 0 ? <p>Der er ingen mødesteder endnu.</p> : null}
        <ul className="max-w-3xl space-y-3">
          {venues.map((v) => (
            <li key={v.id} className={`space-y-2 rounded border border-sand-200 p-4 ${v.retiredAt ? "bg-sand-100" : "bg-white"}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="text-xl font-semibold">
                  <Link href={`/admin/steder/${v.id}`}>{v.name}</Link>
                  {v.retiredAt ? <span className="font-normal text-muted"> – udgået {formatDate(v.retiredAt)}</span> : null}
                </h3>
                <span className="text-muted">{count(v.groups)}</span>
              </div>
              <p>{venueAddressLine(v)}</p>
              <p className="text-base text-muted">Tilgængelighed: {accessibilityOf(v).join(", ") || "ikke oplyst"}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="nyt-sted" className="space-y-3">
        <h2 id="nyt-sted" className="text-2xl font-semibold">
          Opret et nyt mødested
        </h2>
        <VenueForm />
      </section>
    </div>
  );
}
